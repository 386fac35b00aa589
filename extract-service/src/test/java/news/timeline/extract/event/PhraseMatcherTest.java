package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.extract.text.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseMatcherTest {

    private static final PhraseMatcher CUES = PhraseMatcher.of(List.of("not", "no longer", "no", "~n't", "call off",
            "U.S.", "#hashtag"));

    @Test
    void findsPhrasesAsWholeWordsIgnoringCase() {
        assertThat(spans("Talks will NOT resume; a notable nothing.")).containsExactly("NOT");
        assertThat(spans("No longer. No. Nobody knows.")).containsExactly("No longer", "No");
    }

    @Test
    void aWordEndingMatchesInsideAWordButNotAfterAnApostropheWord() {
        assertThat(spans("They hadn't met, and won't.")).containsExactly("n't", "n't");
        assertThat(spans("the driver's no")).containsExactly("no");
        assertThat(spans("rock'n'not")).isEmpty();
    }

    @Test
    void theLongestEntryWinsAndAnEntryEndingInAPointNeedsNoWordEnd() {
        assertThat(spans("no longer")).containsExactly("no longer");
        assertThat(spans("U.S.-led talks, #hashtag.")).containsExactly("U.S.", "#hashtag");
    }

    @Test
    void prefixLengthIsTheOpeningPhraseOnly() {
        assertThat(CUES.prefixLength("Call off the summit")).isEqualTo("Call off".length());
        assertThat(CUES.prefixLength("Do not call off")).isEqualTo(-1);
        assertThat(CUES.foundIn("Do not call off")).isTrue();
        assertThat(CUES.foundIn("Nothing and nobody")).isFalse();
    }

    /**
     * The trie must find what the alternation regex it replaced found (whole words, case-insensitive, longest
     * first), on every cue list of the engine and the sample articles' text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"status-negated.txt", "status-possible.txt", "status-planned.txt",
            "status-negated-exceptions.txt", "boilerplate-calls.txt", "boilerplate-ui-terms.txt",
            "boilerplate-reader-words.txt", "banner-leads.txt", "person-titles.txt", "reporting-verbs.txt",
            "discourse-openers.txt", "ahead-cues.txt", "dct-past-cues.txt", "dct-ahead-after.txt",
            "dct-prevention-verbs.txt"})
    void findsWhatTheEquivalentRegexFinds(String list) throws IOException {
        List<String> entries = WordLists.lines(list);
        PhraseMatcher matcher = PhraseMatcher.of(entries);
        Pattern regex = alternation(entries);
        for (String text : sampleTexts()) {
            List<String> expected = new ArrayList<>();
            Matcher m = regex.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = matcher.find(text).stream().map(s -> s[0] + "-" + s[1]).toList();
            assertThat(actual).as(list).isEqualTo(expected);
            assertThat(matcher.foundIn(text)).isEqualTo(!expected.isEmpty());
        }
    }

    private static List<String> spans(String text) {
        return CUES.find(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    private static List<String> sampleTexts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../ingest-service/samples/seeds.ndjson"))) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        assertThat(texts).isNotEmpty();
        texts.add("HASN'T he Said no? “No,” said Mr. O’Neil’s aide; ¾ no-one didn’t.");
        return texts;
    }

    /** Whole words, ignoring case, longest entry first: the definition the trie implements. */
    private static Pattern alternation(List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            String entry = sorted.get(i).toLowerCase(Locale.ROOT);
            boolean ending = entry.startsWith("~");
            String words = ending ? entry.substring(1) : entry;
            regex.append(i > 0 ? "|" : "");
            if (!ending && Character.isLetterOrDigit(words.charAt(0))) {
                regex.append("(?<![\\p{L}\\p{N}'’])");
            }
            regex.append(Pattern.quote(words));
            if (Character.isLetterOrDigit(words.charAt(words.length() - 1))) {
                regex.append("(?![\\p{L}\\p{N}])");
            }
        }
        return Pattern.compile(regex.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

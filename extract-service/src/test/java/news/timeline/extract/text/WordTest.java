package news.timeline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTest {

    /** The definition the hand scan implements: letters and digits, joined by single inner . ' ’ - or /. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-/][\\p{L}\\p{N}]+)*");

    @Test
    void namesKeepTheirInnerPointsAndAbbreviationsTheirFinalOne() {
        assertThat(texts("Mr. O’Neil met U.S. envoys in al-Assad's 24/7 war-room -- twice.")).containsExactly(
                "Mr.", "O’Neil", "met", "U.S.", "envoys", "in", "al-Assad's", "24/7", "war-room", "twice");
    }

    @Test
    void aRegionIsReadAsIfTheTextEndedThere() {
        String text = "talks in New-York";
        List<Word> words = Word.of(text, 6, text.length() - 4);
        assertThat(words).extracting(Word::text).containsExactly("in", "New");
        assertThat(words.get(1).start()).isEqualTo(9);
    }

    /** A regex word never ends in a point; the scan adds an abbreviation's final point, which is set aside here. */
    @Test
    void findsTheSameWordsAsTheRegexOnTheSampleArticles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>(List.of("𝐁old 𝟐𝟎𝟐𝟎 text, Ⅻ chapters ½-way", "a.b.c. x- -y 'q' end."));
        for (String line : Files.readAllLines(Path.of("../ingest-service/samples/seeds.ndjson"))) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        for (String text : texts) {
            for (int from = 0; from < Math.min(text.length(), 40); from += 7) {
                int to = text.length() - from / 2;
                if (from > to) {
                    break;
                }
                List<String> expected = new ArrayList<>();
                Matcher m = WORD.matcher(text).region(from, to);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = Word.of(text, from, to).stream()
                        .map(w -> w.start() + "-" + (text.charAt(w.end() - 1) == '.' ? w.end() - 1 : w.end()))
                        .toList();
                assertThat(actual).isEqualTo(expected);
            }
        }
    }

    private static List<String> texts(String text) {
        return Word.of(text).stream().map(Word::text).toList();
    }
}

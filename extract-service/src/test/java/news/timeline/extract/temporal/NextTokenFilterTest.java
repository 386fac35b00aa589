package news.timeline.extract.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextTokenFilterTest {
    private static final Lexicon LEXICON = Lexicon.parse(List.of(
            "fifth\tordinal\t5", "july\tmonth\t7", "days\tunits\tD", "twenty\tnumword\t20", "four\tnumword\t4"));
    private static final Map<String, Set<String>> CLASS_WORDS = new HashMap<>();

    static {
        for (String w : LEXICON.words()) {
            for (String[] e : LEXICON.classesOf(w)) {
                CLASS_WORDS.computeIfAbsent(e[0], k -> new HashSet<>()).add(w);
            }
        }
    }

    private final NextTokenFilters filters = new NextTokenFilters();

    private static PatternElement[] pattern(String spec) {
        return java.util.Arrays.stream(spec.split(" ")).map(PatternElement::parse).toArray(PatternElement[]::new);
    }

    private NextTokenFilter filter(String spec, String... firstTokenKeys) {
        NextTokenFilter made = NextTokenFilter.of(pattern(spec), Set.of(firstTokenKeys), CLASS_WORDS);
        return made == null ? null : filters.share(made);
    }

    /** Whether the filter admits the second token of text (index 1), or the end of a one-token text. */
    private boolean admitsSecond(NextTokenFilter filter, String text) {
        Set<String> vocabulary = new HashSet<>(LEXICON.words());
        vocabulary.addAll(List.of("the", "in", ",", "-", "and", "of"));
        Tokens tokens = new Tokenizer(Set.of(), Set.of(), vocabulary).tokenize(text);
        boolean last = tokens.size < 2;
        return filter.admits(last ? -1 : tokens.kind[1], filters.admitting(last ? null : tokens.lower[1]));
    }

    @Test
    void theFirstWordOfALongerPatternNeedsItsSecond() {
        NextTokenFilter the = filter("the <ordinal>:n day", "w:the");
        filters.index();
        assertThat(admitsSecond(the, "the fifth day")).isTrue();
        assertThat(admitsSecond(the, "the cat")).isFalse();
        assertThat(admitsSecond(the, "the 5th")).isFalse();
        assertThat(admitsSecond(the, "the")).isFalse();
    }

    @Test
    void anOptionalFirstWordLeavesTheWordAfterItFree() {
        assertThat(filter("the? <month>:m", "c:month")).as("a month alone is a match").isNull();
        NextTokenFilter the = filter("the? <month>:m", "w:the");
        filters.index();
        assertThat(admitsSecond(the, "the July")).isTrue();
        assertThat(admitsSecond(the, "the days")).isFalse();
    }

    @Test
    void aNumberMayGoOnOverTheSecondToken() {
        NextTokenFilter digits = filter("#num:n <units>:u", "k:num");
        NextTokenFilter words = filter("#num:n <units>:u", "c:numword");
        filters.index();
        assertThat(admitsSecond(digits, "5 days")).isTrue();
        assertThat(admitsSecond(digits, "1,000 days")).as("thousands").isTrue();
        assertThat(admitsSecond(digits, "5 people")).isFalse();
        assertThat(admitsSecond(words, "twenty-four days")).isTrue();
        assertThat(admitsSecond(words, "twenty four days")).isTrue();
        assertThat(admitsSecond(words, "twenty people")).isFalse();
    }

    @Test
    void anyWordAdmitsEveryWordButNoNumberOrSign() {
        NextTokenFilter in = filter("in *:x of", "w:in");
        filters.index();
        assertThat(admitsSecond(in, "in words of")).isTrue();
        assertThat(admitsSecond(in, "in 1998")).isFalse();
        assertThat(admitsSecond(in, "in ,")).isFalse();
    }

    @Test
    void equalFiltersAreOneAndNumbered() {
        NextTokenFilter first = filter("the <ordinal>:n day", "w:the");
        NextTokenFilter again = filter("the <ordinal>:n week", "w:the");
        NextTokenFilter other = filter("the <month>:m", "w:the");
        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(List.of(first.id, other.id)).containsExactly(0, 1);
    }
}

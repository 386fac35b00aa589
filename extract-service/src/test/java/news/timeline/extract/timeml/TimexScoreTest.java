package news.timeline.extract.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {
    private static final String TEXT = "Sales rose on Sunday morning, up from last year's level, the company said today.";

    private static AnnotatedTimex at(String words, String type, String value) {
        int start = TEXT.indexOf(words);
        return new AnnotatedTimex(start, start + words.length(), type, value, null);
    }

    @Test
    void scoresStrictRelaxedValueAndType() {
        List<AnnotatedTimex> gold = List.of(at("Sunday morning", "TIME", "1998-03-01TMO"),
                at("last year", "DATE", "1997"), at("today", "DATE", "1998-03-02"));
        List<AnnotatedTimex> system = List.of(at("Sunday", "DATE", "1998-03-01"), at("last year", "DATE", "1997"),
                at("company", "DATE", "X"));
        TimexScore score = new TimexScore();
        score.add("doc", TEXT, gold, system);

        assertThat(score.strictPrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.strictRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.relaxedPrecision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.relaxedRecall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.valueAccuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(score.valueF1()).isCloseTo(2 / 3.0 * 0.5, within(1e-9));
        assertThat(score.typeF1()).isCloseTo(2 / 3.0 * 0.5, within(1e-9));
        assertThat(score.errors()).extracting(TimexScore.Error::kind)
                .containsExactlyInAnyOrder("extent", "value", "type", "missed", "spurious");
    }

    @Test
    void cliticsAreTokensOfTheirOwn() {
        // "last year's" holds the tokens "last", "year", "'s": an extent without "'s" is still strict
        TimexScore score = new TimexScore();
        int start = TEXT.indexOf("last year's");
        score.add("doc", TEXT, List.of(new AnnotatedTimex(start, start + 9, "DATE", "1997", null)),
                List.of(new AnnotatedTimex(start, start + 9, "DATE", "1997", null)));
        assertThat(score.strictF1()).isEqualTo(1.0);
    }
}

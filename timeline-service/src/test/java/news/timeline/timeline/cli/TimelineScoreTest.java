package news.timeline.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The measures against cases worked out by hand. Three-letter words are never stemmed, so the counts can be read
 * off the texts.
 */
class TimelineScoreTest {

    private static final LocalDate APRIL_20 = LocalDate.of(2010, 4, 20);
    private static final LocalDate MAY_1 = LocalDate.of(2010, 5, 1);
    private static final LocalDate MAY_3 = LocalDate.of(2010, 5, 3);

    private static final TimelineScore.Timeline REFERENCE = timeline(
            Map.of(APRIL_20, "Rig oil gas .", MAY_1, "Cap oil sea ."), List.of());
    private static final TimelineScore.Timeline SYSTEM = timeline(
            Map.of(APRIL_20, "rig oil", MAY_3, "cap sea BP"), List.of("ban"));

    @Test
    void tokensAreRouge155sLowerCasedStopWordFreeStemmedWithWordNetExceptionsFirst() {
        assertThat(RougeTokens.of("The rigs exploded, killing 11 workers -LRB- BP -RRB- ; geese caught oil-soaked fish ."))
                .containsExactly("rig", "explod", "kill", "11", "worker", "lrb", "bp", "rrb", "goose", "catch", "oil",
                        "soak", "fish");
    }

    @Test
    void bigramsBridgeTheStopWordsRougeDrops() {
        RougeCounts c = RougeCounts.of(RougeTokens.of("the rig and the oil"), RougeTokens.of("rig oil gas"), 2);
        assertThat(c).isEqualTo(new RougeCounts(1, 1, 2));
    }

    @Test
    void datesMatchOnlyOnTheSameDayAndAnUndatedItemIsAWrongDate() {
        TimelineScore s = TimelineScore.of(SYSTEM, REFERENCE);
        assertThat(s.date()).isEqualTo(new PrecisionRecall(1 / 3.0, 1 / 2.0));
    }

    @Test
    void concatComparesAllTheTextInDateOrder() {
        TimelineScore s = TimelineScore.of(SYSTEM, REFERENCE);
        // rig oil cap sea bp ban / rig oil gas cap oil sea: rig, oil, cap, sea
        assertPr(s.concat1(), 4 / 6.0, 4 / 6.0);
        // 5 bigrams each, 'rig oil' in common
        assertPr(s.concat2(), 1 / 5.0, 1 / 5.0);
    }

    @Test
    void agreementCountsWordsOnlyOnDaysInBoth() {
        TimelineScore s = TimelineScore.of(SYSTEM, REFERENCE);
        // precision: April 20 2 of 2, May 3 0 of 3, the undated item 0 of 1; recall: April 20 2 of 3, May 1 0 of 3
        assertPr(s.agreement1(), 2 / 6.0, 2 / 6.0);
        // 'rig oil': precision 1 of 1 + 2 (May 3) + 0 (one word, no bigram); recall 1 of 2 + 2
        assertPr(s.agreement2(), 1 / 3.0, 1 / 4.0);
    }

    @Test
    void alignmentComparesEachDayWithTheCheapestDayOfTheOtherTimelineWeightedByDistance() {
        TimelineScore s = TimelineScore.of(SYSTEM, REFERENCE);
        // May 3 -> May 1: cost (1 - 1/3)(1 - 2/3) = 0.22 beats April 20's (1 - 1/14)(1 - 0); cap and sea weigh 1/3.
        // precision (2 + 2/3) / (2 + 3 + 1); recall: May 1 -> May 3 (0.22 against April 20's (11/12)(1 - 0.4)),
        // (2 + 2/3) / (3 + 3)
        assertPr(s.align1(), 4 / 9.0, 4 / 9.0);
        assertPr(s.align2(), 1 / 3.0, 1 / 4.0);
    }

    @Test
    void theContentCostUsesRawTokensWithoutPunctuation() {
        // 'Rig' and 'rig' differ, '.' is left out: 1 of 2 against 1 of 2
        assertThat(TimelineScore.approximateRouge1("Rig oil .", "rig oil")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aPerfectTimelineScoresOneAndAnEmptyOneZero() {
        TimelineScore perfect = TimelineScore.of(REFERENCE, REFERENCE);
        assertThat(List.of(perfect.date(), perfect.concat2(), perfect.agreement1(), perfect.align2()))
                .allSatisfy(pr -> assertPr(pr, 1, 1));
        TimelineScore empty = TimelineScore.of(timeline(Map.of(), List.of()), REFERENCE);
        assertThat(List.of(empty.date(), empty.concat1(), empty.agreement1(), empty.align1()))
                .allSatisfy(pr -> assertPr(pr, 0, 0));
    }

    @Test
    void tasksAverageTheirPrecisionsAndRecallsBeforeTheF1() {
        PrecisionRecall mean = PrecisionRecall.mean(List.of(new PrecisionRecall(1, 0), new PrecisionRecall(0, 1)));
        assertThat(mean.f1()).isEqualTo(0.5);
    }

    private static void assertPr(PrecisionRecall pr, double precision, double recall) {
        assertThat(pr.precision()).isCloseTo(precision, within(1e-12));
        assertThat(pr.recall()).isCloseTo(recall, within(1e-12));
    }

    private static TimelineScore.Timeline timeline(Map<LocalDate, String> days, List<String> undated) {
        return new TimelineScore.Timeline(new TreeMap<>(days), undated);
    }
}

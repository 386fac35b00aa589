package news.timeline.timeline.salience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementSelectorTest {

    private static final String CAPPED = "BP capped the leaking well in the Gulf of Mexico after 87 days of oil .";
    private static final String CAPPED_AGAIN = "BP has capped the leaking well in the Gulf of Mexico after 87 days .";
    private static final String SPILL = "Officials said the oil spill in the Gulf of Mexico had reached the coast of"
            + " Louisiana .";
    private static final String LEANING = "He said the leaking well in the Gulf of Mexico was capped after 87 days .";

    private final StatementSelector selector = new StatementSelector(List.of(CAPPED, CAPPED_AGAIN, SPILL, LEANING));

    @Test
    void coversTheDateWithoutSayingTheSameThingTwice() {
        List<String> chosen = selector.choose(List.of(CAPPED, CAPPED_AGAIN, SPILL), 2);
        assertThat(chosen).hasSize(2).contains(SPILL).containsAnyOf(CAPPED, CAPPED_AGAIN);
    }

    @Test
    void theMostCentralStatementComesFirst() {
        assertThat(selector.choose(List.of(SPILL, CAPPED, CAPPED_AGAIN), 1)).containsExactly(CAPPED);
    }

    @Test
    void prefersSelfContainedStatementsAndFallsBackToOthers() {
        assertThat(selector.choose(List.of(LEANING, SPILL), 1)).containsExactly(SPILL);
        assertThat(selector.choose(List.of(LEANING, SPILL), 3)).containsExactly(SPILL, LEANING);
    }

    @Test
    void cleansAndDeduplicates() {
        assertThat(selector.choose(List.of("'' " + CAPPED, CAPPED), 2)).containsExactly(CAPPED);
    }
}

package news.timeline.timeline.salience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementSelectorTest {

    private static final String CAPPED = "BP capped the leaking well in the Gulf of Mexico after 87 days of oil .";
    private static final String CAPPED_AGAIN = "BP has capped the leaking well in the Gulf of Mexico after 87 days .";
    private static final String CAP_HOLDS = "Engineers said the cap on the leaking well was holding and no oil flowed .";
    private static final String SPILL = "Officials said the oil spill in the Gulf of Mexico had reached the coast of"
            + " Louisiana .";
    private static final String LEANING = "He said the leaking well in the Gulf of Mexico was capped after 87 days .";
    /** Another date of the same story: its words ("Gulf", "Mexico", "oil") are the story's, not this date's. */
    private static final String OTHER_DATE = "The rig Deepwater Horizon exploded in the Gulf of Mexico , spilling oil"
            + " .";

    private final StatementSelector selector = new StatementSelector(List.of(CAPPED, CAPPED_AGAIN, CAP_HOLDS, SPILL,
            LEANING, OTHER_DATE));

    @Test
    void coversTheDateWithoutSayingTheSameThingTwice() {
        List<String> chosen = selector.choose(List.of(CAPPED, CAPPED_AGAIN, CAP_HOLDS, SPILL), 2);
        assertThat(chosen).hasSize(2).containsAnyOf(CAPPED, CAPPED_AGAIN)
                .doesNotContainSequence(CAPPED, CAPPED_AGAIN).doesNotContainSequence(CAPPED_AGAIN, CAPPED);
    }

    @Test
    void theStatementClosestToWhatTheDatesReportsSayComesFirst() {
        // Three of the four reports are about the capped well: the spill, told once, is not what the date was about.
        assertThat(selector.choose(List.of(SPILL, CAP_HOLDS, CAPPED, CAPPED_AGAIN), 1)).first()
                .isIn(CAPPED, CAPPED_AGAIN, CAP_HOLDS);
    }

    @Test
    void ofTwoStatementsThatCoverTheDateAlikeTheOneInTheStorysWordsIsChosen() {
        String aside = "The company chairman opened a new school library in Texas with local teachers .";
        String story = "Engineers lowered a steel dome over the leaking oil well in the Gulf .";
        StatementSelector timeline = new StatementSelector(List.of(aside, story, SPILL, OTHER_DATE, CAP_HOLDS,
                "Oil from the leaking well reached the beaches of the Gulf coast ."));
        assertThat(timeline.choose(List.of(aside, story), 1)).containsExactly(story);
        assertThat(timeline.choose(List.of(story, aside), 1)).containsExactly(story);
    }

    @Test
    void aStatementTooCloseToAChosenOneIsLeftOutEvenWhenTooFewRemain() {
        assertThat(selector.choose(List.of(CAPPED, CAPPED_AGAIN), 2)).hasSize(1);
    }

    @Test
    void theSameNewsRetoldInOtherWordsIsToldOnce() {
        // Two articles of the day lead with the same news, each in its own words.
        String ashore = "The US Coast Guard is investigating reports that oil has started washing ashore on the"
                + " Louisiana coast .";
        String retold = "Oil from the leaking well has begun to wash ashore in Louisiana , coastguard officials said .";
        StatementSelector timeline = new StatementSelector(List.of(CAPPED, CAPPED_AGAIN, CAP_HOLDS, SPILL, LEANING,
                OTHER_DATE, ashore, retold));
        assertThat(timeline.choose(List.of(ashore, retold), 2)).hasSize(1);
        assertThat(timeline.choose(List.of(ashore, CAP_HOLDS), 2)).hasSize(2);
    }

    @Test
    void prefersSelfContainedStatementsAndFallsBackToOthers() {
        assertThat(selector.choose(List.of(LEANING, SPILL), 1)).containsExactly(SPILL);
        assertThat(selector.choose(List.of(LEANING, SPILL), 3)).containsExactly(SPILL, LEANING);
    }

    @Test
    void eachStatementOnce() {
        assertThat(selector.choose(List.of(CAPPED, CAPPED, SPILL), 3)).containsExactlyInAnyOrder(CAPPED, SPILL);
    }
}

package news.timeline.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void cutsPhotoCreditsDatelinesAndOpeningQuotes() {
        assertThat(Statements.clean("Photograph : Sang Tan\\/AP Boris Johnson , the mayor of London , said today"))
                .isEqualTo("Boris Johnson , the mayor of London , said today");
        assertThat(Statements.clean("Saturday 25 April 2009 23.24 BST Swine flu has similar symptoms to flu ."))
                .isEqualTo("Swine flu has similar symptoms to flu .");
        assertThat(Statements.clean("'' Any doubts over the extent of the emergency were dispelled today"))
                .isEqualTo("Any doubts over the extent of the emergency were dispelled today");
    }

    @Test
    void leavesAPlainStatementAsItIs() {
        String plain = "BP capped the leaking well on Thursday after 87 days .";
        assertThat(Statements.clean(plain)).isEqualTo(plain);
    }

    @Test
    void aSelfContainedStatementNeedsNoSentenceBeforeIt() {
        assertThat(Statements.selfContained("BP capped the leaking well on Thursday after 87 days of oil flowing ."))
                .isTrue();
        assertThat(Statements.selfContained("He said the well was capped on Thursday after 87 days of trying ."))
                .isFalse();
        assertThat(Statements.selfContained("But the company capped the leaking well on Thursday after 87 days ."))
                .isFalse();
        assertThat(Statements.selfContained("BP capped the well .")).isFalse();
        assertThat(Statements.selfContained("Will the cap on the leaking well hold through the hurricane season ?"))
                .isFalse();
    }
}

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

    @Test
    void aTimelineItemDoesNotRepeatItsOwnDate() {
        assertThat(Statements.withoutDate("BP capped the leaking well on Thursday .", 30, 38))
                .isEqualTo("BP capped the leaking well .");
        assertThat(Statements.withoutDate("On Tuesday , the rig sank in the Gulf .", 3, 10))
                .isEqualTo("The rig sank in the Gulf .");
        assertThat(Statements.withoutDate("Yesterday , Obama flew to the coast .", 0, 9))
                .isEqualTo("Obama flew to the coast .");
        assertThat(Statements.withoutDate("Obama flew , on Friday , to the coast .", 16, 22))
                .isEqualTo("Obama flew to the coast .");
        assertThat(Statements.withoutDate("The rig exploded late on April 20 , killing 11 workers .", 25, 33))
                .isEqualTo("The rig exploded , killing 11 workers .");
        assertThat(Statements.withoutDate("Relm and Tavor signed the treaty in Kirsk on Monday.", 45, 51))
                .isEqualTo("Relm and Tavor signed the treaty in Kirsk.");
    }

    @Test
    void aDateThatBoundsOrBelongsToTheClauseStays() {
        String since = "The airport has been closed since Monday .";
        assertThat(Statements.withoutDate(since, 34, 40)).isEqualTo(since);
        String subject = "Tuesday was the worst day of the spill so far .";
        assertThat(Statements.withoutDate(subject, 0, 7)).isEqualTo(subject);
        String possessive = "Tuesday 's vote sent the bill to the Senate .";
        assertThat(Statements.withoutDate(possessive, 0, 7)).isEqualTo(possessive);
        String misplaced = "BP capped the well .";
        assertThat(Statements.withoutDate(misplaced, 15, 40)).isEqualTo(misplaced);
    }

    @Test
    void trimsALeadingConnectiveAndAPronounsAttribution() {
        assertThat(Statements.trim("But the company capped the leaking well after 87 days ."))
                .isEqualTo("The company capped the leaking well after 87 days .");
        assertThat(Statements.trim("However , the cap held through the storm ."))
                .isEqualTo("The cap held through the storm .");
        assertThat(Statements.trim("The cap is holding and no oil is leaking , he said on Tuesday ."))
                .isEqualTo("The cap is holding and no oil is leaking .");
        assertThat(Statements.trim("No oil is leaking from the well , '' she told reporters ."))
                .isEqualTo("No oil is leaking from the well .");
    }

    @Test
    void keepsANamedSourceAndAConnectiveWordThatIsNotOne() {
        String named = "The cap is holding and no oil is leaking , BP said on Tuesday .";
        assertThat(Statements.trim(named)).isEqualTo(named);
        String relative = "The cap was fitted by engineers , who said it would hold .";
        assertThat(Statements.trim(relative)).isEqualTo(relative);
        String word = "Andrew Cuomo sued the company over the spill .";
        assertThat(Statements.trim(word)).isEqualTo(word);
    }

    @Test
    void aReportSaysItsSentenceCleanedWithoutItsDateAndTrimmed() {
        String sentence = "Saturday 25 April 2009 23.24 BST But officials confirmed the first case on Saturday .";
        int date = sentence.lastIndexOf("Saturday");
        assertThat(Statements.ofReport(sentence, "officials confirmed the first case", "Saturday", date))
                .isEqualTo("Officials confirmed the first case .");
        // Offsets that do not point at the date's text: the date is found where it first occurs.
        assertThat(Statements.ofReport("BP capped the well on Thursday .", null, "Thursday", 3))
                .isEqualTo("BP capped the well .");
        // No sentence: the concise statement stands in for it.
        assertThat(Statements.ofReport(null, "BP capped the well on Thursday", "Thursday", -1))
                .isEqualTo("BP capped the well");
    }
}

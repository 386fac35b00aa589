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

    @Test
    void cutsAWireAgencysDatelineAndBylineBeforeTheLead() {
        assertThat(Statements.clean("HOUSTON | Thu Apr 22 , 2010 7:30 pm EDT HOUSTON -LRB- Reuters -RRB- - An oil rig"
                + " sank in the Gulf of Mexico ."))
                .isEqualTo("An oil rig sank in the Gulf of Mexico .");
        assertThat(Statements.clean("By Maggie Fox WASHINGTON (Reuters) - A new type of swine flu has infected two"
                + " children."))
                .isEqualTo("A new type of swine flu has infected two children.");
        String quoted = "BP shares fell , Reuters reported ( citing traders ) - the third fall this week .";
        assertThat(Statements.clean(quoted)).isEqualTo(quoted);
    }

    @Test
    void cutsAnAsideInBrackets() {
        assertThat(Statements.trim("The spill wiped 29 billion pounds -LRB- $ 42 billion -RRB- off BP 's value ."))
                .isEqualTo("The spill wiped 29 billion pounds off BP 's value .");
        assertThat(Statements.trim("The Centers for Disease Control (CDC) confirmed 20 cases [updated]."))
                .isEqualTo("The Centers for Disease Control confirmed 20 cases.");
    }

    @Test
    void cutsAParticipialTailAfterTheMainClause() {
        assertThat(Statements.trim("A commission accused the firms of bad management , citing a dozen poor decisions ."))
                .isEqualTo("A commission accused the firms of bad management .");
        assertThat(Statements.trim("Oil gushed from the well for the 54th day, adding to the millions of gallons."))
                .isEqualTo("Oil gushed from the well for the 54th day.");
        assertThat(Statements.trim("The cleanup could cost $ 3 billion , according to Brent Coon , a lawyer ."))
                .isEqualTo("The cleanup could cost $ 3 billion .");
        assertThat(Statements.trim("Obama said the firm would pay , adding that he was angry"))
                .isEqualTo("Obama said the firm would pay");
    }

    @Test
    void keepsAParticipleThatIsPartOfTheClause() {
        String object = "Officials are saying little about the cause of the blast .";
        assertThat(Statements.trim(object)).isEqualTo(object);
        String leading = ", saying the well was capped .";
        assertThat(Statements.trim(leading)).isEqualTo(leading);
    }

    @Test
    void cutsALeadingTimeAdverbialTheItemsDateStandsFor() {
        assertThat(Statements.trim("Earlier this month , the rig sank in the Gulf ."))
                .isEqualTo("The rig sank in the Gulf .");
        assertThat(Statements.trim("On Tuesday night , BP apologised for the spill ."))
                .isEqualTo("BP apologised for the spill .");
        assertThat(Statements.trim("As of Tuesday , some 257,000 people had joined a boycott of BP ."))
                .isEqualTo("Some 257,000 people had joined a boycott of BP .");
    }

    @Test
    void keepsATimeThatBoundsTheClauseOrIsNotLeading() {
        String bound = "By Thursday afternoon , a five-mile slick extended from the site .";
        assertThat(Statements.trim(bound)).isEqualTo(bound);
        String inner = "The company said on Monday , after talks , that it would pay .";
        assertThat(Statements.trim(inner)).isEqualTo(inner);
        String place = "In London , BP shares fell 5 percent .";
        assertThat(Statements.trim(place)).isEqualTo(place);
    }
}

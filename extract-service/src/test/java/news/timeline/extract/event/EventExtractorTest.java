package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.contract.EventStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event layer over the real temporal tagger, on short texts written for each rule. */
class EventExtractorTest {

    private static final LocalDate DCT = LocalDate.of(2019, 5, 15);
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(TemporalTagger.load());
    }

    private static Extraction extract(String text, LocalDate dct) {
        Extraction extraction = extractor.extract(new ArticleText("Test story", text, dct));
        for (ExtractedEvent event : extraction.events()) {
            assertThat(text.substring(event.dateStart(), event.dateEnd())).isEqualTo(event.dateText());
            assertThat(text.substring(event.sentenceStart(), event.sentenceEnd())).isEqualTo(event.sentence());
            assertThat(event.confidence()).isBetween(0.0, 1.0);
        }
        return extraction;
    }

    private static ExtractedEvent only(String text) {
        List<ExtractedEvent> events = extract(text, DCT).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void leadsAreTheFirstSixSentencesThatHoldNoDayOfTheirOwn() {
        String text = "The plant closed on Monday. Workers gathered outside the gates. Unions called for talks with"
                + " the owners. The company blamed falling demand. Its profits fell sharply last month. Shoppers in"
                + " the town were unsure what came next. Cafes near the plant emptied.";

        assertThat(extract(text, DCT).leads()).containsExactly("Workers gathered outside the gates.",
                "Unions called for talks with the owners.", "The company blamed falling demand.",
                "Its profits fell sharply last month.", "Shoppers in the town were unsure what came next.");
    }

    @Test
    void pastStatementOccurred() {
        ExtractedEvent event = only("The two ministers signed the trade accord on May 2.");
        assertThat(event.date()).isEqualTo("2019-05-02");
        assertThat(event.granularity()).isEqualTo("day");
        assertThat(event.status()).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void scheduledStatementIsPlanned() {
        assertThat(only("The board is scheduled to vote on the merger on June 3.").status())
                .isEqualTo(EventStatus.PLANNED);
        assertThat(only("The union will strike next month.").status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void futureDateAloneMakesAPlan() {
        ExtractedEvent event = only("The festival opens in Lisbon on July 4.");
        assertThat(event.date()).isEqualTo("2019-07-04");
        assertThat(event.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void modalStatementIsPossible() {
        assertThat(only("The talks could resume in September.").status()).isEqualTo(EventStatus.POSSIBLE);
        assertThat(only("Officials are considering a visit next week.").status()).isEqualTo(EventStatus.POSSIBLE);
    }

    @Test
    void deniedStatementIsNegated() {
        assertThat(only("The minister did not attend the meeting on Friday.").status())
                .isEqualTo(EventStatus.NEGATED);
    }

    @Test
    void aReportingVerbsDateIsTheSayingsWhateverItReports() {
        assertThat(only("A Kremlin aide told reporters Tuesday that no formal work has begun on a summit.").status())
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(only("The governor said on Monday that no formal talks have begun.").status())
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void cuesAfterTheDatedPredicateDoNotReachIt() {
        assertThat(only("The envoys held a round of talks on Monday, leaving all options on the table.").status())
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(only("The envoys will hold a new round of talks on May 28, leaving all options on the table.")
                .status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void numberWordsWithNoAreNoDenial() {
        assertThat(only("No fewer than ten ships docked at the port on Sunday.").status())
                .isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void whenClauseTakesTheDateBeforeIt() {
        ExtractedEvent event = only("The mayor has opposed the plan since February, when she called it reckless.");
        assertThat(event.date()).isEqualTo("2019-02");
        assertThat(event.granularity()).isEqualTo("month");
        assertThat(event.text()).doesNotContain("opposed").contains("called it reckless");
    }

    @Test
    void sentenceWithTwoDatedStatementsGivesTwoEvents() {
        List<ExtractedEvent> events = extract("The agency announced on May 13 that the inspectors will visit the "
                + "plant in Vienna on May 28.", DCT).events();
        assertThat(events).extracting(ExtractedEvent::date).containsExactly("2019-05-13", "2019-05-28");
        assertThat(events.get(0).status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(events.get(1).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(events.get(1).location()).isEqualTo("Vienna");
        assertThat(events.get(1).text()).startsWith("The inspectors will visit");
    }

    @Test
    void dateOfTheVerbWinsOverAYearModifyingANoun() {
        ExtractedEvent event = only("Investigators questioned the treasurer about the 2016 campaign on April 3.");
        assertThat(event.date()).isEqualTo("2019-04-03");
    }

    @Test
    void durationsSetsAndVagueReferencesAreNoEvents() {
        assertThat(extract("The talks lasted three hours. The committee meets every week. "
                + "Relations have soured recently.", DCT).events()).isEmpty();
    }

    @Test
    void todayEqualToThePublicationDateIsAnEvent() {
        ExtractedEvent event = only("The parliament approved the law today.");
        assertThat(event.date()).isEqualTo("2019-05-15");
    }

    @Test
    void attributionAndDiscourseWordsAreTrimmedFromTheStatement() {
        ExtractedEvent event = only("But the ferry sank near the coast on Saturday, local officials said.");
        assertThat(event.text()).isEqualTo("The ferry sank near the coast on Saturday");
        assertThat(event.sentence()).endsWith("officials said.");
    }

    @Test
    void actorsAreNamesWithoutTitlesAndShortFormsTakeTheLongest() {
        String text = "Brazilian President Carla Mendes met German Chancellor Otto Brandt in Berlin on Tuesday. "
                + "Mendes told the Foreign Ministry on Wednesday that the deal was close.";
        List<ExtractedEvent> events = extract(text, DCT).events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).actors()).containsExactly("Carla Mendes", "Otto Brandt");
        assertThat(events.get(0).location()).isEqualTo("Berlin");
        assertThat(events.get(1).actors()).contains("Carla Mendes", "Foreign Ministry");
    }

    @Test
    void placesComeFromTheGazetteerOrACapitalizedNameAfterIn() {
        assertThat(only("Rescuers reached the village of Kettering in Ohio on Monday.").location()).isEqualTo("Ohio");
        assertThat(only("The envoy arrived in Tamberlo on Monday.").location()).isEqualTo("Tamberlo");
        assertThat(only("The summit was held in June.").location()).isNull();
    }

    @Test
    void givenPublicationDateIsTheReference() {
        PublicationDate dct = extract("The plant closed on Friday.", DCT).dct();
        assertThat(dct.source()).isEqualTo(DctSource.GIVEN);
        assertThat(dct.value()).isEqualTo("2019-05-15");
        assertThat(dct.granularity()).isEqualTo("day");
        assertThat(dct.confidence()).isEqualTo(1.0);
    }

    @Test
    void weekdayBesideADateAndLastWeekGiveTheMonthButNoDayThatNoWordTells() {
        // the week after March 5 and "On Tuesday" make the 13th likeliest, yet any later day of that week fits
        String text = "The foreign ministers met in Geneva on Monday, March 5, 2018, for a first round. "
                + "The talks in Geneva last week ended without a deal. "
                + "On Tuesday, the chief negotiator told reporters that a second round was likely.";
        PublicationDate dct = extract(text, null).dct();
        assertThat(dct.source()).isEqualTo(DctSource.INFERRED);
        assertThat(dct.granularity()).isEqualTo("month");
        assertThat(dct.value()).isEqualTo("2018-03");
        assertThat(dct.evidence()).anyMatch(e -> e.contains("Monday, March 5, 2018"));
    }

    @Test
    void yesterdayTiedToADateInItsSentenceGivesTheNextDay() {
        String text = "The central bank raised its main rate yesterday, on November 14, 2019, for the first time.";
        PublicationDate dct = extract(text, null).dct();
        assertThat(dct.value()).isEqualTo("2019-11-15");
        assertThat(dct.granularity()).isEqualTo("day");
    }

    @Test
    void comingElectionYearBoundsFromAboveOnlySoThe2016RaceLeavesSeveralYears() {
        String text = "Candidates are raising money ahead of the 2024 election. "
                + "The governor said the 2016 race taught her party a lesson.";
        PublicationDate dct = extract(text, null).dct();
        assertThat(dct.source()).isEqualTo(DctSource.UNKNOWN);
        assertThat(dct.evidence().get(0)).contains("from 2016 to 2024");
        assertThat(dct.evidence()).anyMatch(e -> e.contains("“2024 election” names 2024 as current or ahead"))
                .anyMatch(e -> e.contains("“2016 race” names 2016 as past"));
    }

    @Test
    void comingElectionYearGivesTheYearWhenAPastMentionOfItMeetsIt() {
        String text = "Candidates are raising money ahead of the 2024 election. "
                + "The governor said the 2024 primaries cost her party a fortune.";
        PublicationDate dct = extract(text, null).dct();
        assertThat(dct.source()).isEqualTo(DctSource.INFERRED);
        assertThat(dct.value()).isEqualTo("2024");
        assertThat(dct.granularity()).isEqualTo("year");
        assertThat(dct.evidence()).anyMatch(e -> e.contains("2024-12-31")).anyMatch(e -> e.contains("2024-01-01"));
    }

    @Test
    void withoutAnyYearThePublicationDateIsUnknownAndRelativeDatesAreDropped() {
        String text = "The minister met her counterpart on Tuesday. She will return next month.";
        Extraction extraction = extract(text, null);
        assertThat(extraction.dct().source()).isEqualTo(DctSource.UNKNOWN);
        assertThat(extraction.dct().value()).isNull();
        assertThat(extraction.events()).isEmpty();
    }

    @Test
    void pastYearsAloneOnlyBoundThePublicationDateSoItStaysUnknown() {
        String text = "Doctors compared the outbreak with the 1918 pandemic. "
                + "The vaccine, first tested in 1976, was offered again on Friday.";
        Extraction extraction = extract(text, null);
        assertThat(extraction.dct().source()).isEqualTo(DctSource.UNKNOWN);
        assertThat(extraction.dct().evidence()).anyMatch(e -> e.contains("1976"));
        assertThat(extraction.events()).extracting(ExtractedEvent::date).containsExactly("1918", "1976");
    }

    @Test
    void withoutAPublicationDateTheDatesTheTextFixesStay() {
        String text = "The treaty was signed on December 8, 1987, in Washington.";
        List<ExtractedEvent> events = extract(text, null).events();
        assertThat(events).extracting(ExtractedEvent::date).containsExactly("1987-12-08");
    }

    @Test
    void thePagesOwnTimeStampDatesNoEventButAReportsPublicationDoes() {
        String text = "Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK The court heard the first "
                + "witness on Monday. Last updated: 25 July 2011. A report published on Tuesday said costs rose.";
        List<ExtractedEvent> events = extract(text, LocalDate.of(2011, 7, 26)).events();
        assertThat(events).extracting(ExtractedEvent::date).containsExactly("2011-07-25", "2011-07-26");
        assertThat(events).extracting(ExtractedEvent::dateText).containsExactly("Monday", "Tuesday");
    }

    @Test
    void aReadersCommentStampDatesNoEvent() {
        String text = "Experts met on Saturday to discuss the virus . At 12:19 26th Apr 2009 , barriesingleton wrote "
                + ": This comment was removed by the moderators . At 15:30 26th Apr 2009 , Dr Piggy wrote : The 1918 "
                + "pandemic began in spring .";
        List<ExtractedEvent> events = extract(text, LocalDate.of(2009, 4, 25)).events();
        assertThat(events).extracting(ExtractedEvent::dateText).containsExactly("Saturday", "1918");
    }

    @Test
    void aCopyrightYearDatesNoEvent() {
        String text = "The spill grew on Monday . Content and Programming Copyright 2010 Fox News Network , Inc.";
        assertThat(extract(text, LocalDate.of(2010, 5, 4)).events()).extracting(ExtractedEvent::dateText)
                .containsExactly("Monday");
    }

    @Test
    void firstLineTitleIsTakenWhenNoneIsGivenAndBannerTitlesAreDropped() {
        String body = "The council approved the new budget on Tuesday after a long debate.";
        Extraction titled = extractor.extract(new ArticleText(null, "Council Approves Budget\n\n" + body, DCT));
        assertThat(titled.title()).isEqualTo("Council Approves Budget");
        assertThat(titled.events()).extracting(ExtractedEvent::dateText).containsExactly("Tuesday");
        Extraction banner = extractor.extract(new ArticleText(null, "Welcome to Radio Nine Online\n\n" + body, DCT));
        assertThat(banner.title()).isNull();
        assertThat(banner.events()).hasSize(1);
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        List<ArticleText> articles = List.of(
                new ArticleText("A", "The council approved the budget on Tuesday. It will vote again in June.", DCT),
                new ArticleText("B", "The envoy met rebels in Geneva on Monday, March 5, 2018. Talks ended last week.",
                        null),
                new ArticleText("C", "The ferry sank on Saturday, officials said. No fewer than ten died.", DCT));
        List<Extraction> expected = articles.stream().map(extractor::extract).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Extraction>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (ArticleText article : articles) {
                    results.add(pool.submit(() -> extractor.extract(article)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void boilerplateLinesYieldNoEvents() {
        String text = "The council approved the budget on Tuesday.\nFollow us on Twitter for updates every Monday.\n"
                + "You have 2 free articles remaining this month.";
        assertThat(extract(text, DCT).events()).extracting(ExtractedEvent::dateText).containsExactly("Tuesday");
    }
}

package news.timeline.timeline.merge;

import news.timeline.contract.timex.TimexValue;

import news.timeline.timeline.text.Names;

import news.timeline.timeline.text.ContentWords;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.timeline.contract.EventStatus;

class MergeScorerTest {

    private final MergeScorer scorer = new MergeScorer(0.45, 0.25, 0.4, 0.15, 0.5, 0.8);

    private static MentionFeatures report(String article, String date, String text, List<String> actors,
            String location, EventStatus status) {
        return report(article, date, text, actors, List.of(), location, status);
    }

    private static MentionFeatures report(String article, String date, String text, List<String> actors,
            List<String> topicActors, String location, EventStatus status) {
        TimexValue d = TimexValue.parse(date).orElseThrow();
        return new MentionFeatures(article, d.value(), d.start(), d.end(), actors, topicActors,
                ContentWords.of(text, null), location, status, false);
    }

    private static MentionFeatures report(String article, String date, String text, List<String> actors,
            String location) {
        return report(article, date, text, actors, location, EventStatus.OCCURRED);
    }

    private static MentionFeatures asArticle(MentionFeatures f, String articleId) {
        return new MentionFeatures(articleId, f.dateValue(), f.start(), f.end(), f.actors(), f.topicActors(),
                f.contentWords(), f.location(), f.status(), f.superseded());
    }

    @Test
    void withinOneArticleAStatementOfAnotherDateStaysApart() {
        var first = report("a", "2018-07", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var repeat = report("a", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        assertThat(scorer.fit(repeat, TimexValue.parse("2018-07-16").orElseThrow(), first.start(), first.end(),
                List.of(first))).isEmpty();
    }

    @Test
    void sameSummitReportedDifferentlyAgrees() {
        var a = report("a", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var b = report("b", "2018-07-16", "Putin and Trump held their first summit in Helsinki",
                List.of("Vladimir Putin", "Donald Trump"), "Helsinki");
        assertThat(scorer.agreement(a, b)).isGreaterThan(0.7);
    }

    @Test
    void twoMeetingsOnOneDayDisagree() {
        var a = report("a", "2018-07-16", "Trump met Macron in Paris", List.of("Donald Trump", "Emmanuel Macron"),
                "Paris");
        var b = report("b", "2018-07-16", "Trump met Putin in Helsinki", List.of("Donald Trump", "Vladimir Putin"),
                "Helsinki");
        assertThat(scorer.agreement(a, b)).isLessThan(0.5);
        assertThat(scorer.fit(b, TimexValue.parse("2018-07-16").orElseThrow(), a.start(), a.end(), List.of(a)))
                .isEmpty();
    }

    @Test
    void twoMeetingsOnOneDayWithoutPlacesStillDisagree() {
        var a = report("a", "2018-07-16", "Trump met Macron", List.of("Donald Trump", "Emmanuel Macron"), null);
        var b = report("b", "2018-07-16", "Trump met Putin", List.of("Donald Trump", "Vladimir Putin"), null);
        assertThat(scorer.agreement(a, b)).isLessThan(0.5);
    }

    @Test
    void possibleSummitNextMonthFromTwoOutletsAgrees() {
        var a = report("a", "2020-09", "Trump might meet Putin in New York", List.of("Trump", "Putin"), "New York",
                EventStatus.POSSIBLE);
        var b = report("b", "2020-09", "A summit between Putin and Trump in New York could take place",
                List.of("Vladimir Putin", "Donald Trump"), "New York", EventStatus.POSSIBLE);
        assertThat(scorer.fit(b, TimexValue.parse("2020-09").orElseThrow(), a.start(), a.end(), List.of(a)))
                .isPresent();
    }

    @Test
    void negationNeverMergesWithAnAffirmation() {
        var a = report("a", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var b = report("b", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki",
                EventStatus.NEGATED);
        assertThat(scorer.agreement(a, b)).isZero();
    }

    @Test
    void weekAndDayOfThatWeekMergeWhenContentAgrees() {
        var week = report("a", "2018-W29", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var day = report("b", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        assertThat(scorer.fit(day, TimexValue.parse("2018-07-16").orElseThrow(), week.start(), week.end(),
                List.of(week))).isPresent();
    }

    @Test
    void dayOutsideTheEntrysDateNeverMergesHoweverSimilar() {
        var entry = report("a", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var other = report("b", "2018-07-17", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        assertThat(scorer.fit(other, TimexValue.parse("2018-07-17").orElseThrow(), entry.start(), entry.end(),
                List.of(entry))).isEmpty();
    }

    @Test
    void withinOneArticleOnlySameDatedNearIdenticalStatementsMerge() {
        var first = report("a", "2018-07-16", "Trump and Putin met in Helsinki", List.of("Trump", "Putin"), "Helsinki");
        var repeat = report("a", "2018-07-16", "Trump and Putin met in Helsinki on Monday", List.of("Trump", "Putin"),
                "Helsinki");
        var looser = report("a", "2018-07-16", "Putin and Trump held their first summit in Helsinki",
                List.of("Vladimir Putin", "Donald Trump"), "Helsinki");
        LocalDate day = first.start();
        TimexValue date = TimexValue.parse("2018-07-16").orElseThrow();
        assertThat(scorer.fit(repeat, date, day, day, List.of(first))).isPresent();
        // Would merge across articles, not within one: an article saying it in other words likely adds a fact.
        assertThat(scorer.fit(asArticle(looser, "b"), date, day, day, List.of(first))).isPresent();
        assertThat(scorer.fit(looser, date, day, day, List.of(first))).isEmpty();
    }

    @Test
    void aSupersededVersionOfTheSameArticleGuidesButDoesNotBlock() {
        var oldVersion = new MentionFeatures("a", "2018-07-16", LocalDate.of(2018, 7, 16), LocalDate.of(2018, 7, 16),
                List.of("Trump", "Putin"), List.of(), ContentWords.of("Trump and Putin met in Helsinki", null), "Helsinki",
                EventStatus.OCCURRED, true);
        var otherArticle = report("b", "2018-07-16", "Putin and Trump held their first summit in Helsinki",
                List.of("Vladimir Putin", "Donald Trump"), "Helsinki");
        var newVersion = report("a", "2018-07-16", "Trump and Putin held talks in Helsinki", List.of("Trump", "Putin"),
                "Helsinki");
        assertThat(scorer.fit(newVersion, TimexValue.parse("2018-07-16").orElseThrow(), oldVersion.start(),
                oldVersion.end(), List.of(oldVersion, otherArticle))).isPresent();
    }

    @Test
    void namesMatchLooselyButNotAcrossSurnames() {
        assertThat(Names.same("Trump", "Donald Trump")).isTrue();
        assertThat(Names.same("Mr. Trump", "Donald J. Trump")).isTrue();
        assertThat(Names.same("Donald Trump", "Donald Tusk")).isFalse();
        assertThat(Names.overlap(List.of("Trump", "Macron"), List.of("Donald Trump", "Vladimir Putin")))
                .isEqualTo(1 / 3.0);
    }

    @Test
    void contentWordsDropFunctionAndDateWordsAndStem() {
        assertThat(ContentWords.of("The leaders were meeting in Helsinki on Monday, July 16", "July 16"))
                .containsExactlyInAnyOrder("leader", "meet", "helsinki");
    }

    @Test
    void aReportNamingNobodyMergesThroughItsArticlesMainActorsOnlyWhenTheyAgree() {
        var named = report("a", "2020-09", "Officials explored another summit, potentially in New York",
                List.of("Vladimir Putin"), List.of("Donald Trump", "Vladimir Putin"), "New York", EventStatus.POSSIBLE);
        var unnamed = report("b", "2020-09", "Officials are looking at dates for the event, potentially in New York",
                List.of(), List.of("Trump", "Putin"), "New York", EventStatus.POSSIBLE);
        var otherTopic = report("c", "2020-09", "Officials are looking at dates for the event, potentially in New York",
                List.of(), List.of("Emmanuel Macron", "Angela Merkel"), "New York", EventStatus.POSSIBLE);
        var noTopic = report("d", "2020-09", "Officials are looking at dates for the event, potentially in New York",
                List.of(), List.of(), "New York", EventStatus.POSSIBLE);

        assertThat(scorer.fit(unnamed, TimexValue.parse("2020-09").orElseThrow(), named.start(), named.end(),
                List.of(named))).isPresent();
        assertThat(scorer.fit(otherTopic, TimexValue.parse("2020-09").orElseThrow(), named.start(), named.end(),
                List.of(named))).isEmpty();
        assertThat(scorer.agreement(noTopic, named)).isLessThan(scorer.agreement(unnamed, named));
    }

    @Test
    void mainActorsAreTheActorsNamedByTwoEventsInTheirFullestForm() {
        assertThat(Names.mostNamed(List.of(List.of("Putin", "Trump"), List.of("Vladimir Putin"), List.of("Macron"),
                List.of("Trump", "Mr. Trump")), 2, 5)).containsExactly("Vladimir Putin", "Trump");
    }
}

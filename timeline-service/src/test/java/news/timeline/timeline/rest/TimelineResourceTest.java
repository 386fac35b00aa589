package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.published;
import static news.timeline.timeline.support.Articles.withLeads;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.EventMessage;
import news.timeline.http.Problem;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

@QuarkusTest
class TimelineResourceTest {

    @Inject
    ArticleIngestionService ingestion;

    private int year;

    private void report(String source, EventMessage... events) {
        ingestion.ingest(article(Articles.freshId(), source, "Relm news", events));
    }

    /**
     * Three candidate events about Relm: a ceasefire reported by three outlets, a planned vote reported by two and a
     * merely possible visit by one; plus an event about someone else.
     */
    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        EventMessage ceasefire = event(year + "-08-01", "Relm and Tavor agreed a ceasefire", List.of("Relm", "Tavor"),
                "Kirsk", "occurred");
        EventMessage vote = event(year + "-10", "Relm will hold a vote on the ceasefire", List.of("Relm"), null,
                "planned");
        EventMessage visit = event(year + "-03", "Relm may visit Tavor", List.of("Relm", "Tavor"), null, "possible",
                4000);
        report("Outlet 1", ceasefire, vote);
        report("Outlet 2", ceasefire, vote);
        report("Outlet 3", ceasefire);
        report("Outlet 4", visit);
        report("Outlet 5", event(year + "-05-05", "Orvo opened a school", List.of("Orvo"), null, "occurred"));
        report("Outlet 6", event(year + "-08-01", "Orvo opened a bridge", List.of("Orvo"), "Dask", "occurred"));
    }

    @Test
    void picksTheMostSalientEventsAndShowsThemInDateOrder() {
        given().queryParam("entity", "Relm").queryParam("from", year).queryParam("to", year).queryParam("limit", 2)
                .when().get("/api/timeline").then().statusCode(200).contentType("application/json")
                .body("items", hasSize(2))
                .body("items.date", contains(year + "-08-01", year + "-10"))
                .body("items[0].sources", equalTo(3))
                .body("items[0].mentions", equalTo(3))
                .body("items[0].summary", equalTo("Relm and Tavor agreed a ceasefire"))
                .body("items[0].statements", contains("Relm and Tavor agreed a ceasefire, officials said."))
                .body("items[0].outlets.name", containsInAnyOrder("Outlet 1", "Outlet 2", "Outlet 3"))
                .body("items[1].status", equalTo("planned"));
    }

    @Test
    void eachDateIsOneItemGatheringAllItsEntries() {
        given().queryParam("from", year).queryParam("to", year).queryParam("limit", 1)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(year + "-08-01"))
                .body("items[0].summary", equalTo("Relm and Tavor agreed a ceasefire"))
                .body("items[0].entries", hasSize(2))
                .body("items[0].statements", contains("Relm and Tavor agreed a ceasefire, officials said.",
                        "Orvo opened a bridge, officials said."))
                .body("items[0].outlets.name", containsInAnyOrder("Outlet 1", "Outlet 2", "Outlet 3", "Outlet 6"))
                .body("items[0].sources", equalTo(4))
                .body("items[0].mentions", equalTo(4));
    }

    @Test
    void aDateRanksByTheReportsOfAllItsEventsAndADayBeforeACoarserDate() {
        // August 1: 3 + 1 reports; May 5: 1 report; the planned vote in October: 2 reports, planned, a month only
        given().queryParam("from", year).queryParam("to", year).queryParam("limit", 2)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(year + "-05-05", year + "-08-01"));
    }

    @Test
    void aDayArticlesLookBackAtFromLaterOutranksADayReportedOnlyOnTheDay() {
        int other = Articles.freshYear();
        for (int i = 1; i <= 3; i++) {
            ingestion.ingest(published(other + "-05-05", Articles.freshId(), "Outlet " + i, "Relm news",
                    event(other + "-05-05", "Relm opened a port", List.of("Relm"), null, "occurred")));
        }
        // Fewer reports, but from 200 days later: the day was still recalled (DATEWISE's references from later).
        for (int i = 4; i <= 5; i++) {
            ingestion.ingest(published(other + "-07-29", Articles.freshId(), "Outlet " + i, "Relm news",
                    event(other + "-01-10", "Relm signed the border treaty", List.of("Relm"), null, "occurred")));
        }
        given().queryParam("from", other).queryParam("to", other).queryParam("limit", 1)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(other + "-01-10"));
    }

    @Test
    void wordsAndEntityPickAStoryWithTheEventsItsArticlesTellWithoutNamingIt() {
        int other = Articles.freshYear();
        // The article is about Osk: its second event is part of that story though its statement does not name him.
        ingestion.ingest(article(Articles.freshId(), "Outlet 1", "Osk news",
                event(other + "-06-25", "The singer Osk died at his home", List.of("Osk"), null, "occurred"),
                event(other + "-09-01", "His doctor was charged with manslaughter", List.of("doctor"), null,
                        "occurred")));
        // Another story of the same months, in another article.
        ingestion.ingest(article(Articles.freshId(), "Outlet 2", "Spill news",
                event(other + "-07-15", "The leaking well was capped", List.of("Dask Oil"), null, "occurred")));
        for (String[] story : List.of(new String[] { "q", "osk" }, new String[] { "entity", "Osk" })) {
            given().queryParam(story[0], story[1]).queryParam("from", other).queryParam("to", other)
                    .when().get("/api/timeline").then().statusCode(200)
                    .body("items.date", contains(other + "-06-25", other + "-09-01"));
        }
        // The events list keeps its literal filter: only the entries that name Osk.
        given().queryParam("q", "osk").queryParam("from", other).queryParam("to", other)
                .when().get("/api/events").then().statusCode(200)
                .body("items.date", contains(other + "-06-25"));
    }

    @Test
    void aDateIsToldByItsReportsSentencesWithoutTheDateTheItemIsHeadedBy() {
        int other = Articles.freshYear();
        String day = other + "-04-14";
        String signed = "But Relm and Tavor signed the border treaty in Kirsk on Monday, he said.";
        ingestion.ingest(published(other + "-04-15", Articles.freshId(), "Outlet 1", "Treaty signed",
                reportOf(day, "Relm and Tavor signed the treaty", signed, "Monday")));
        // A second event of the day, from another outlet.
        String withdrew = "Tavor's army began to withdraw its troops from the border late on Monday after a long"
                + " standoff.";
        ingestion.ingest(published(other + "-04-15", Articles.freshId(), "Outlet 2", "Troops withdraw",
                reportOf(day, "Tavor's army began to withdraw its troops", withdrew, "Monday")));
        given().queryParam("from", other).queryParam("to", other).queryParam("limit", 1).queryParam("sentences", 2)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(day))
                .body("items[0].statements", containsInAnyOrder(
                        "Relm and Tavor signed the border treaty in Kirsk.",
                        "Tavor's army began to withdraw its troops from the border after a long standoff."));
    }

    @Test
    void aDayIsAlsoToldByWhatTheStorysArticlesOfTheDayOrTheNextLeadWith() {
        int other = Articles.freshYear();
        String day = other + "-06-10";
        String signed = "Relm and Tavor signed the border treaty in Kirsk on Monday.";
        ingestion.ingest(withLeads(published(other + "-06-11", Articles.freshId(), "Outlet 1", "Treaty signed",
                reportOf(day, "Relm and Tavor signed the treaty", signed, "Monday")),
                "Crowds cheered in the streets of Kirsk as the border reopened."));
        // Published on the day, but of another story: none of its reports is on the timeline.
        ingestion.ingest(withLeads(published(day, Articles.freshId(), "Outlet 2", "Orvo news",
                event(other + "-02-01", "Orvo opened a school", List.of("Orvo"), null, "occurred")),
                "Orvo's new school admitted its first pupils."));
        // Of the story, but published two days later: what it leads with is the news of another day.
        ingestion.ingest(withLeads(published(other + "-06-12", Articles.freshId(), "Outlet 3", "Treaty signed",
                reportOf(day, "Relm and Tavor signed the treaty", signed, "Monday")),
                "Traders in Kirsk counted the cost of the long closure."));
        given().queryParam("from", other + "-06").queryParam("to", other + "-06").queryParam("limit", 1)
                .queryParam("sentences", 5)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(day))
                .body("items[0].statements", containsInAnyOrder("Relm and Tavor signed the border treaty in Kirsk.",
                        "Crowds cheered in the streets of Kirsk as the border reopened."));
    }

    @Test
    void anArticleLendsAtMostItsFirstSixNonBlankLeads() {
        int other = Articles.freshYear();
        String day = other + "-09-03";
        List<String> leads = List.of("Farmers in Velm harvested a record crop of barley.",
                "Fishermen near Osk hauled nets full of herring.", "Miners at Brack struck a seam of copper.",
                "Teachers across Dorn marched for higher pay.", "Engineers rebuilt the dam above Quell.",
                "Nurses at Hale opened a new children's ward.", "Bakers of Penn sold out of rye bread.");
        ingestion.ingest(withLeads(published(day, Articles.freshId(), "Outlet 1", "Treaty signed",
                reportOf(day, "Relm and Tavor signed the treaty",
                        "Relm and Tavor signed the border treaty in Kirsk on Monday.", "Monday")),
                Stream.concat(Stream.of(" "), leads.stream()).toArray(String[]::new)));
        given().queryParam("from", other + "-09").queryParam("to", other + "-09").queryParam("limit", 1)
                .queryParam("sentences", 10)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items[0].statements", containsInAnyOrder(Stream.concat(
                        Stream.of("Relm and Tavor signed the border treaty in Kirsk."), leads.stream().limit(6))
                        .toArray()));
    }

    /** A report whose sentence holds its date's words at their place, as extract-service sends it. */
    private static EventMessage reportOf(String date, String statement, String sentence, String dateText) {
        int at = 200;
        int dateStart = at + sentence.indexOf(dateText);
        return new EventMessage(date, "day", dateText, dateStart, dateStart + dateText.length(), statement, sentence,
                at, at + sentence.length(), List.of("Relm", "Tavor"), "Kirsk", "occurred", 0.8);
    }

    @Test
    void sentencesBoundsTheStatementsOfEachDate() {
        given().queryParam("from", year).queryParam("to", year).queryParam("limit", 1).queryParam("sentences", 1)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items[0].entries", hasSize(2))
                .body("items[0].statements", contains("Relm and Tavor agreed a ceasefire, officials said."));
    }

    @Test
    void defaultLimitCoversAllMatchesAndWordsFilter() {
        given().queryParam("from", year).queryParam("to", year).when().get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(year + "-03", year + "-05-05", year + "-08-01", year + "-10"));
        given().queryParam("q", "ceasefire").queryParam("from", year).queryParam("to", year).when()
                .get("/api/timeline").then().statusCode(200)
                .body("items.date", contains(year + "-08-01", year + "-10"));
    }

    @Test
    void badParametersAreProblems() {
        for (String[] bad : List.of(new String[] { "limit", "0" }, new String[] { "limit", "201" },
                new String[] { "limit", "ten" }, new String[] { "from", "notadate" }, new String[] { "to", "x" },
                new String[] { "sentences", "0" }, new String[] { "sentences", "11" })) {
            given().queryParam(bad[0], bad[1]).when().get("/api/timeline").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(400))
                    .body("type", equalTo("/problems/invalid-parameter"))
                    .body("detail", containsString("'" + bad[0] + "'"))
                    .body("instance", equalTo("/api/timeline"));
        }
    }
}

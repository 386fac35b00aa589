package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.http.Problem;

@QuarkusTest
class EventResourceTest {

    @Inject
    ArticleIngestionService ingestion;

    private int year;
    private String nyt;
    private String guardian;

    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        nyt = Articles.freshId();
        guardian = Articles.freshId();
        ingestion.ingest(article(nyt, "The New York Times", "Leaders meet",
                event(year + "-03-02", "Ostrava signed a trade pact with Velmont", List.of("Ostrava", "Velmont"),
                        "Geneva", "occurred"),
                event(year + "-07-16", "Borrin and Kestel met in Helsinki", List.of("Borrin", "Kestel"), "Helsinki",
                        "occurred"),
                event(year + "-11", "Kestel plans to visit Lisbon", List.of("Kestel"), "Lisbon", "planned")));
        ingestion.ingest(article(guardian, "The Guardian", "Summit in Helsinki",
                event(year + "-07-16", "Kestel and Borrin held a summit meeting in Helsinki",
                        List.of("Anna Kestel", "Piet Borrin"), "Helsinki", "occurred"),
                event(String.valueOf(year), "Borrin resigned as party leader", List.of("Borrin"), null, "occurred")));
    }

    private Response listYear(String... params) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("from", String.valueOf(year), "to", String.valueOf(year)));
        for (int i = 0; i < params.length; i += 2) {
            query.put(params[i], params[i + 1]);
        }
        return given().queryParams(query).when().get("/api/events");
    }

    @Test
    void listsEventsOfTheYearInDateOrderWithMergedReports() {
        Response response = listYear();
        response.then().statusCode(200).contentType("application/json")
                .body("items", hasSize(4))
                .body("next", nullValue())
                .body("items.date", equalTo(List.of(String.valueOf(year), year + "-03-02", year + "-07-16", year + "-11")));
        assertThat(response.header("Link")).isNull();
        response.then()
                .body("items[2].sources", equalTo(2))
                .body("items[2].granularity", equalTo("day"))
                .body("items[2].dateRange.start", equalTo(year + "-07-16"))
                .body("items[2].actors", containsInAnyOrder("Anna Kestel", "Piet Borrin"))
                .body("items[2].location", equalTo("Helsinki"))
                .body("items[2].mentions.articleId", containsInAnyOrder(nyt, guardian))
                .body("items[2].mentions.source", containsInAnyOrder("The New York Times", "The Guardian"))
                .body("items[2].mentions[0].url", containsString("https://news.example/"))
                .body("items[2].mentions[0].publishedAt", equalTo("1999-01-01"))
                .body("items[2].mentions[0].dateText", equalTo(year + "-07-16"))
                .body("items[2].mentions[0].sentence", containsString("officials said"))
                .body("items[3].status", equalTo("planned"))
                .body("items[0].granularity", equalTo("year"));
    }

    @Test
    void pagesWithCursorAndLinkHeaderUntilTheEnd() {
        List<String> dates = new ArrayList<>();
        Response first = listYear("size", "3");
        first.then().statusCode(200).body("items", hasSize(3));
        String next = first.path("next");
        assertThat(next).isNotBlank();
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("cursor=" + next).contains("size=3");
        dates.addAll(first.path("items.date"));

        Response second = listYear("size", "3", "cursor", next);
        second.then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        assertThat(second.header("Link")).isNull();
        dates.addAll(second.path("items.date"));
        assertThat(dates).containsExactly(String.valueOf(year), year + "-03-02", year + "-07-16", year + "-11");
    }

    @Test
    void filtersByDateRangeWordsEntityAndArticle() {
        listYear("from", year + "-07", "to", year + "-07").then().statusCode(200)
                // the year-long event overlaps July too
                .body("items.date", equalTo(List.of(String.valueOf(year), year + "-07-16")));
        listYear("q", "summit helsinki").then().statusCode(200).body("items.date", equalTo(List.of(year + "-07-16")));
        listYear("q", "sign").then().statusCode(200).body("items.date", equalTo(List.of(year + "-03-02")));
        listYear("entity", "kestel").then().statusCode(200)
                .body("items.date", equalTo(List.of(year + "-07-16", year + "-11")));
        listYear("entity", "Lisbon").then().statusCode(200).body("items.date", equalTo(List.of(year + "-11")));
        listYear("article", guardian).then().statusCode(200)
                .body("items.date", equalTo(List.of(String.valueOf(year), year + "-07-16")));
        listYear("entity", "nobody-at-all").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pagesOfAnEntityKeepTheDateOrderAcrossCursors() {
        List<String> dates = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? listYear("entity", "borrin", "size", "1")
                    : listYear("entity", "borrin", "size", "1", "cursor", cursor);
            page.then().statusCode(200).body("items", hasSize(1));
            dates.addAll(page.path("items.date"));
            cursor = page.path("next");
        } while (cursor != null && dates.size() < 10);
        assertThat(dates).containsExactly(String.valueOf(year), year + "-07-16");
    }

    @Test
    void anEntryMovedToAnotherDayIsFoundByItsNamesOnThatDay() {
        Integer lisbon = listYear("entity", "Lisbon").path("items[0].id");
        QuarkusTransaction.requiringNew().run(() -> TimelineEntry.getEntityManager()
                .createNativeQuery("update timeline_entry set date_start = cast(?1 as date) where id = ?2")
                .setParameter(1, year + "-01-15").setParameter(2, lisbon).executeUpdate());
        listYear("entity", "Lisbon", "from", year + "-01", "to", year + "-01").then().statusCode(200)
                .body("items.id", equalTo(List.of(lisbon)));
        listYear("entity", "kestel", "size", "1").then().statusCode(200).body("items.id", equalTo(List.of(lisbon)));
    }

    @Test
    void getsOneEventAndAnswers404ForUnknownIds() {
        Integer id = listYear("q", "summit").path("items[0].id");
        given().when().get("/api/events/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("mentions", hasSize(2)).body("sources", equalTo(2));
        given().when().get("/api/events/999999999").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("999999999"))
                .body("instance", equalTo("/api/events/999999999"));
        given().when().get("/api/events/abc").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void badParametersAreProblems() {
        for (String[] bad : List.of(new String[] { "from", "notadate" }, new String[] { "to", "2018-13" },
                new String[] { "size", "0" }, new String[] { "size", "501" }, new String[] { "size", "abc" },
                new String[] { "cursor", "bogus" })) {
            given().queryParam(bad[0], bad[1]).when().get("/api/events").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("/problems/invalid-parameter"))
                    .body("title", equalTo("Invalid request parameter"))
                    .body("status", equalTo(400))
                    .body("detail", containsString("'" + bad[0] + "'"))
                    .body("instance", equalTo("/api/events"));
        }
        given().queryParam("from", "2019").queryParam("to", "2018").when().get("/api/events").then().statusCode(400)
                .body("detail", containsString("after"));
        given().queryParam("size", "500").when().get("/api/events").then().statusCode(200);
    }
}

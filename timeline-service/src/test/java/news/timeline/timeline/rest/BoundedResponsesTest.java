package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

/**
 * An event many outlets report stays one entry whose responses stay small: counts tell how many reports there are,
 * a bounded number come inline, and every report is reachable exactly once through the paged list.
 */
@QuarkusTest
class BoundedResponsesTest {

    private static final int OUTLETS = 30;

    @Inject
    ArticleIngestionService ingestion;

    private int year;
    private final List<String> articles = new ArrayList<>();

    @BeforeEach
    void manyOutletsReportOneSummit() {
        year = Articles.freshYear();
        articles.clear();
        for (int i = 0; i < OUTLETS; i++) {
            String id = Articles.freshId();
            articles.add(id);
            ingestion.ingest(article(id, "Outlet " + i, "Summit in Vantor",
                    event(year + "-06-0" + (1 + i % 2), "Kerrin and Delmo held a summit in Vantor",
                            List.of("Anna Kerrin", "Bo Delmo"), "Vantor", "occurred")));
        }
    }

    @Test
    void listingsCarryCountsAndABoundedNumberOfReports() {
        JsonPath page = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(2);
        int total = 0;
        for (int i = 0; i < 2; i++) {
            int reports = page.getInt("items[" + i + "].mentionCount");
            total += reports;
            assertThat(page.getList("items[" + i + "].mentions")).hasSize(Math.min(5, reports));
            assertThat(page.getInt("items[" + i + "].sources")).isEqualTo(reports);
        }
        assertThat(total).isEqualTo(OUTLETS);

        int id = page.getInt("items[0].id");
        given().get("/api/events/" + id).then().statusCode(200).body("mentions", hasSize(15))
                .body("mentionsUrl", equalTo("/api/events/" + id + "/mentions"));
    }

    @Test
    void everyReportIsPagedExactlyOnce() {
        JsonPath page = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (int i = 0; i < 2; i++) {
            String cursor = null;
            do {
                var request = given().queryParam("size", 4);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath reports = request.get(page.getString("items[" + i + "].mentionsUrl")).then().statusCode(200)
                        .extract().jsonPath();
                List<String> ids = reports.getList("items.articleId", String.class);
                assertThat(ids).hasSizeLessThanOrEqualTo(4).allSatisfy(a -> assertThat(seen.add(a)).isTrue());
                cursor = reports.getString("next");
                pages++;
            } while (cursor != null);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(articles);
        assertThat(pages).isGreaterThanOrEqualTo(OUTLETS / 4);
        given().get("/api/events/999999999/mentions").then().statusCode(404);
        given().queryParam("cursor", "x").get(page.getString("items[0].mentionsUrl")).then().statusCode(400);
    }

    @Test
    void aTimelineItemNamesAFewOutletsAndCountsAll() {
        JsonPath timeline = given().queryParam("from", year).queryParam("to", year).queryParam("limit", 1)
                .get("/api/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.outlets[0]")).hasSize(5);
        assertThat(timeline.getList("items.statements[0]")).hasSizeLessThanOrEqualTo(5);
        assertThat(timeline.getInt("items[0].mentions")).isEqualTo(timeline.getInt("items[0].sources"))
                .isGreaterThanOrEqualTo(OUTLETS / 2);
    }

    @Test
    void anUnchangedRedeliveryChangesNothingAndAChangedArticleReplacesItsReports() {
        String first = articles.get(0);
        JsonPath before = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        ingestion.ingest(article(first, "Outlet 0", "Summit in Vantor",
                event(year + "-06-01", "Kerrin and Delmo held a summit in Vantor", List.of("Anna Kerrin", "Bo Delmo"),
                        "Vantor", "occurred")));
        JsonPath same = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(same.getList("items.mentionCount")).isEqualTo(before.getList("items.mentionCount"));
        assertThat(same.getList("items.id")).isEqualTo(before.getList("items.id"));

        // The outlet corrects its report: the summit was a phone call with someone else, a month later.
        ingestion.ingest(article(first, "Outlet 0", "Call with Orsk",
                event(year + "-07-09", "Kerrin phoned Pim Orsk", List.of("Anna Kerrin", "Pim Orsk"), null,
                        "occurred")));
        JsonPath after = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(after.getList("items.date", String.class)).contains(year + "-07-09");
        int summitReports = after.getList("items.mentionCount", Integer.class).stream().mapToInt(Integer::intValue)
                .sum() - 1;
        assertThat(summitReports).isEqualTo(OUTLETS - 1);
        given().queryParam("q", "orsk").get("/api/entities").then().statusCode(200)
                .body("items.name", equalTo(List.of("Pim Orsk"))).body("items[0].events", equalTo(1));
    }

    @Test
    void aReportWithoutTellingWordsIsStoredAsItsOwnEntry() {
        String id = Articles.freshId();
        ingestion.ingest(article(id, "Outlet X", "Short", event(year + "-09-09", "It was so.", List.of(), null,
                "occurred")));
        given().get("/api/articles/" + id).then().statusCode(200).body("events", hasSize(1));
    }

    @Test
    void anEventOfTheFirstCenturyIsStored() {
        String id = Articles.freshId();
        ingestion.ingest(article(id, "Outlet H", "History", event("00", "The Romans built a road to Vantor",
                List.of("Romans"), "Vantor", "occurred")));
        given().get("/api/articles/" + id).then().statusCode(200).body("events[0].date", equalTo("00"));
        given().queryParam("from", "00").queryParam("to", "00").queryParam("entity", "romans").get("/api/events")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void articlesAreListedInStoredOrderAPageAtATime() {
        List<String> listed = new ArrayList<>();
        String cursor = null;
        String last = "";
        do {
            var request = given().queryParam("size", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/articles").then().statusCode(200).extract().jsonPath();
            for (String storedAt : page.getList("items.storedAt", String.class)) {
                assertThat(storedAt).isNotNull();
                assertThat(java.time.Instant.parse(storedAt)).isAfterOrEqualTo(java.time.Instant.parse(
                        last.isEmpty() ? "2000-01-01T00:00:00Z" : last));
                last = storedAt;
            }
            listed.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed.stream().filter(articles::contains).toList()).containsExactlyElementsOf(articles);
        given().queryParam("size", 1001).get("/api/articles").then().statusCode(400);
    }
}

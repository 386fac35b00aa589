package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

/** /api/histogram, the status filter the dashboard shares with /api/timeline, and the dashboard's pages. */
@QuarkusTest
class HistogramResourceTest {

    @Inject
    ArticleIngestionService ingestion;

    private int year;

    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        ingestion.ingest(article(Articles.freshId(), "Outlet 1", "Relm news",
                event(year + "-03-02", "Relm opened a port", List.of("Relm"), null, "occurred"),
                event(year + "-03-04", "Relm closed a mine", List.of("Relm"), null, "occurred"),
                event(year + "-03-20", "Relm will hold a vote", List.of("Relm"), null, "planned")));
        ingestion.ingest(article(Articles.freshId(), "Outlet 2", "Tavor news",
                event(year + "-05-11", "Tavor may visit Kirsk", List.of("Tavor"), null, "possible")));
    }

    private JsonPath histogram(Map<String, Object> params) {
        return given().queryParams(params).queryParam("from", year).queryParam("to", year).when()
                .get("/api/histogram").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void countsEntriesPerDayOverAShortSpanAndPerWeekOverALongerOne() {
        JsonPath march = histogram(Map.of("entity", "Relm"));
        assertThat(march.getString("bucket")).isEqualTo("day");
        assertThat(march.getInt("entries")).isEqualTo(3);
        assertThat(march.getBoolean("capped")).isFalse();
        assertThat(march.getList("items.start", String.class))
                .containsExactly(year + "-03-02", year + "-03-04", year + "-03-20");
        assertThat(march.getList("items.count", Integer.class)).containsExactly(1, 1, 1);

        // March 2 to May 11 is 70 days: still days. With a date from the year's end the span needs weeks.
        ingestion.ingest(article(Articles.freshId(), "Outlet 3", "Relm news",
                event(year + "-12-30", "Relm held elections", List.of("Relm"), null, "occurred")));
        JsonPath all = histogram(Map.of());
        assertThat(all.getString("bucket")).isEqualTo("week");
        assertThat(all.getInt("entries")).isEqualTo(5);
        // The 2nd and 4th of March fall in one ISO week (from Monday) unless a Monday lies between them.
        List<String> starts = all.getList("items.start", String.class);
        List<String> ends = all.getList("items.end", String.class);
        assertThat(starts).isSorted();
        for (int i = 0; i < starts.size(); i++) {
            assertThat(java.time.LocalDate.parse(starts.get(i)).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(java.time.LocalDate.parse(ends.get(i))).isEqualTo(java.time.LocalDate.parse(starts.get(i))
                    .plusDays(6));
        }
        assertThat(all.getList("items.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void theStatusFilterNarrowsTheHistogramAndTheTimeline() {
        JsonPath planned = histogram(Map.of("status", "planned,possible"));
        assertThat(planned.getInt("entries")).isEqualTo(2);
        assertThat(planned.getList("items.start", String.class)).containsExactly(year + "-03-20", year + "-05-11");

        JsonPath timeline = given().queryParam("from", year).queryParam("to", year).queryParam("status", "occurred")
                .when().get("/api/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.status", String.class)).containsOnly("occurred").hasSize(2);
        given().queryParam("status", "occurred,rumoured").when().get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("rumoured"));
        given().queryParam("status", "sure").when().get("/api/histogram").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theDashboardIsServedUnderAPolicyOfItsOwnOrigin() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .body(containsString("/dashboard/main.js"));
        given().when().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200);
        given().when().get("/vendor/timelinejs/3.9.11/js/timeline.js").then().statusCode(200);
        given().when().get("/dashboard/nope.js").then().statusCode(404).contentType("application/problem+json")
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}

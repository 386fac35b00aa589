package news.timeline.timeline.query;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;

/**
 * A timeline, a list of entity counts and a first page of events are each shared by the requests of one cache period and computed again after it:
 * a report stored meanwhile shows once the period is over (the wait is bounded by Eventually's 30 s, several periods;
 * the first request after a period may still get the shared response while the new one is computed), and a response
 * nobody asked for during two periods is not served again.
 */
@QuarkusTest
@TestProfile(TimelineCacheTest.CacheOn.class)
class TimelineCacheTest {

    private static final Duration PERIOD = Duration.ofSeconds(4);

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.timeline-cache.ttl", PERIOD.toSeconds() + "S",
                    "timeline.entities-cache.ttl", PERIOD.toSeconds() + "S",
                    "timeline.events-cache.ttl", PERIOD.toSeconds() + "S");
        }
    }

    @Inject
    ArticleIngestionService ingestion;

    @Test
    void aTimelineIsSharedWithinAPeriodAndFreshAfterIt() {
        int year = Articles.freshYear();
        harbourReopened(year, "Lindo");
        assertThat(dates(year)).containsExactly(year + "-03-02");

        bridgeClosed(year, "Lindo");
        long stored = System.nanoTime();
        List<String> soon = dates(year);
        if (System.nanoTime() - stored < PERIOD.toNanos() / 2) {
            assertThat(soon).as("within the period the shared timeline is served").containsExactly(year + "-03-02");
        }

        Eventually.assertThat(() -> assertThat(dates(year)).containsExactly(year + "-03-02", year + "-05-09"));
    }

    @Test
    void entityCountsAreSharedWithinAPeriodAndFreshAfterIt() {
        int year = Articles.freshYear();
        String name = "Quorra" + year;
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The harbour reopened", List.of(name), null, "occurred")));
        assertThat(events(name)).isEqualTo(1);

        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Bridge",
                event(year + "-05-09", "The bridge was closed for repairs", List.of(name), null, "occurred")));
        long stored = System.nanoTime();
        int soon = events(name);
        if (System.nanoTime() - stored < PERIOD.toNanos() / 2) {
            assertThat(soon).as("within the period the shared counts are served").isEqualTo(1);
        }

        Eventually.assertThat(() -> assertThat(events(name)).isEqualTo(2));
    }

    @Test
    void aFirstPageOfEventsIsSharedWithinAPeriodAndPagesAfterACursorAreNot() {
        int year = Articles.freshYear();
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The Sarn harbour reopened", List.of("Ivo Sarn"), null, "occurred"),
                event(year + "-04-02", "The Sarn ferry resumed", List.of("Ivo Sarn"), null, "occurred")));
        assertThat(eventDates(year, null)).containsExactly(year + "-03-02", year + "-04-02");
        String cursor = given().queryParam("from", year).queryParam("to", year).queryParam("size", 1)
                .get("/api/events").then().statusCode(200).extract().path("next");

        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Bridge",
                event(year + "-05-09", "The Sarn bridge was closed for repairs", List.of("Ivo Sarn"), null,
                        "occurred")));
        long stored = System.nanoTime();
        List<String> soon = eventDates(year, null);
        if (System.nanoTime() - stored < PERIOD.toNanos() / 2) {
            assertThat(soon).as("within the period the shared page is served")
                    .containsExactly(year + "-03-02", year + "-04-02");
        }
        assertThat(eventDates(year, cursor)).as("a page after a cursor is read each time")
                .containsExactly(year + "-04-02", year + "-05-09");

        Eventually.assertThat(() -> assertThat(eventDates(year, null))
                .containsExactly(year + "-03-02", year + "-04-02", year + "-05-09"));
    }

    @Test
    void aResponseNotAskedForDuringTwoPeriodsIsComputedAnew() throws InterruptedException {
        int year = Articles.freshYear();
        harbourReopened(year, "Orrin");
        assertThat(dates(year)).containsExactly(year + "-03-02");
        bridgeClosed(year, "Orrin");

        Thread.sleep(PERIOD.multipliedBy(2).plusSeconds(1).toMillis());
        assertThat(dates(year)).as("what is served is never older than two periods, even to the first to ask")
                .containsExactly(year + "-03-02", year + "-05-09");
    }

    private void harbourReopened(int year, String name) {
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The " + name + " harbour reopened", List.of("Mara " + name), name, "occurred")));
    }

    private void bridgeClosed(int year, String name) {
        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Bridge",
                event(year + "-05-09", "The " + name + " bridge was closed for repairs", List.of("Mara " + name), name,
                        "occurred")));
    }

    private static List<String> eventDates(int year, String cursor) {
        var request = given().queryParam("from", year).queryParam("to", year);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/events").then().statusCode(200).extract().jsonPath().getList("items.date",
                String.class);
    }

    private static int events(String name) {
        return given().queryParam("q", name).get("/api/entities").then().statusCode(200)
                .extract().jsonPath().getInt("items.find { it.name == '" + name + "' }.events");
    }

    private static List<String> dates(int year) {
        return given().queryParam("from", year).queryParam("to", year).get("/api/timeline").then().statusCode(200)
                .extract().jsonPath().getList("items.date", String.class);
    }
}

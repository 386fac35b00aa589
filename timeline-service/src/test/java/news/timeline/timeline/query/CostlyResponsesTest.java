package news.timeline.timeline.query;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A shared response is refreshed no more often than cost-multiple times what computing it took, up to max-period: here
 * the multiple is so large that any timeline counts as costly, so it is kept for max-period (8 s), well past its
 * configured period (1 s), and is fresh after it.
 */
@QuarkusTest
@TestProfile(CostlyResponsesTest.Costly.class)
class CostlyResponsesTest {

    public static class Costly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.timeline-cache.ttl", "1S",
                    "timeline.timeline-cache.cost-multiple", "100000000",
                    "timeline.timeline-cache.max-period", "8S");
        }
    }

    @Inject
    ArticleIngestionService ingestion;

    @Test
    void aCostlyTimelineIsRefreshedAfterItsOwnLongerPeriod() throws InterruptedException {
        int year = Articles.freshYear();
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The Tarn harbour reopened", List.of("Mara Tarn"), "Tarn", "occurred")));
        long computed = System.nanoTime();
        assertThat(dates(year)).containsExactly(year + "-03-02");

        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Bridge",
                event(year + "-05-09", "The Tarn bridge was closed for repairs", List.of("Mara Tarn"), "Tarn",
                        "occurred")));
        Thread.sleep(3000);
        List<String> later = dates(year);
        if (System.nanoTime() - computed < 7_000_000_000L) {
            assertThat(later).as("three configured periods on, the costly timeline is still the shared one")
                    .containsExactly(year + "-03-02");
        }

        Eventually.assertThat(() -> assertThat(dates(year)).as("fresh after its own period")
                .containsExactly(year + "-03-02", year + "-05-09"));
    }

    private static List<String> dates(int year) {
        return given().queryParam("from", year).queryParam("to", year).get("/api/timeline").then().statusCode(200)
                .extract().jsonPath().getList("items.date", String.class);
    }
}

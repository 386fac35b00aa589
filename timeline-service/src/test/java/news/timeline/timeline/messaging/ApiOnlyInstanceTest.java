package news.timeline.timeline.messaging;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;

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
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.Topics;

/**
 * An instance started with TIMELINE_MERGE=false serves what the merge instances store and takes nothing from
 * article-events itself: a record sent there stays unstored for as long as a merging instance would need many times
 * over (the other tests store one within a second or two).
 */
@QuarkusTest
@TestProfile(ApiOnlyInstanceTest.MergeOff.class)
class ApiOnlyInstanceTest {

    private static final Duration LONGER_THAN_A_MERGE = Duration.ofSeconds(8);

    public static class MergeOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.article-events.enabled", "false");
        }
    }

    @Inject
    ArticleIngestionService mergeElsewhere;

    @Test
    void servesTheStoreAndTakesNoArticleEvents() throws InterruptedException {
        int year = Articles.freshYear();
        String stored = Articles.freshId();
        mergeElsewhere.ingest(article(stored, "Outlet A", "Harbour",
                event(year + "-03-02", "The Tarn harbour reopened", List.of("Ivo Tarn"), null, "occurred")));
        String sent = Articles.freshId();
        Topics.send(KafkaResource.ARTICLE_EVENTS, sent, Articles.json(article(sent, "Outlet B", "Bridge",
                event(year + "-04-02", "The Tarn bridge reopened", List.of("Ivo Tarn"), null, "occurred"))));

        given().get("/api/articles/" + stored).then().statusCode(200);
        long until = System.nanoTime() + LONGER_THAN_A_MERGE.toNanos();
        while (System.nanoTime() < until) {
            given().get("/api/articles/" + sent).then().statusCode(404);
            Thread.sleep(500);
        }
    }
}

package news.timeline.timeline.reprocess;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.ReprocessRun;
import news.timeline.http.Problem;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.Topics;

/**
 * A reprocess run as timeline-service sees it, through the real broker and store: three stored articles come again
 * from a newer engine under one run id, two with the same events, one with an event kept, one re-dated, one dropped
 * and one new. The entries of unchanged events keep their ids, and the run's summary counts exactly that.
 */
@QuarkusTest
class ReprocessRunTest {

    @Inject
    ArticleIngestionService ingestion;

    @Test
    void aRunKeepsTheEntriesOfUnchangedEventsAndCountsWhatChanged() {
        int year = Articles.freshYear();
        EventMessage kept = event(year + "-03-02", "Mara Quell opened the Orvik tunnel", List.of("Mara Quell"),
                "Orvik", "occurred");
        EventMessage moved = event(year + "-05", "The Orvik council will vote on tolls", List.of("Orvik council"),
                "Orvik", "planned");
        EventMessage dropped = event(year + "-07-09", "Tolls might rise in Orvik", List.of("Orvik council"), "Orvik",
                "possible");
        EventMessage same1 = event(year + "-02-11", "Ilse Varn won the Brenn mayoral race", List.of("Ilse Varn"),
                "Brenn", "occurred");
        EventMessage same2 = event(year + "-10-20", "Dario Penn resigned from the Lusk board", List.of("Dario Penn"),
                "Lusk", "occurred");
        ArticleEventsMessage changing = article(Articles.freshId(), "Reuters", "Orvik tunnel", kept, moved, dropped);
        ArticleEventsMessage steady1 = article(Articles.freshId(), "AP", "Brenn vote", same1);
        ArticleEventsMessage steady2 = article(Articles.freshId(), "AFP", "Lusk board", same2);
        List.of(changing, steady1, steady2).forEach(ReprocessRunTest::publish);
        List.of(changing, steady1, steady2).forEach(a -> awaitEvents(a.articleId(), a.events().size()));
        List<Long> changingBefore = entryIds(changing.articleId());
        List<Long> steady1Before = entryIds(steady1.articleId());
        List<Long> steady2Before = entryIds(steady2.articleId());

        String run = ReprocessRun.newId(Instant.now());
        // The newer engine resolves "May" of the second event to June, no longer finds the third, finds a fourth.
        EventMessage redated = new EventMessage(year + "-06", moved.granularity(), moved.dateText(), moved.dateStart(),
                moved.dateEnd(), moved.text(), moved.sentence(), moved.sentenceStart(), moved.sentenceEnd(),
                moved.actors(), moved.location(), moved.status(), moved.confidence());
        EventMessage added = event(year + "-11-30", "The Orvik tunnel will close for repairs", List.of("Orvik council"),
                "Orvik", "planned");
        ArticleEventsMessage changed = again(article(changing.articleId(), "Reuters", "Orvik tunnel", kept, redated,
                added), run);
        List.of(changed, again(steady1, run), again(steady2, run)).forEach(ReprocessRunTest::publish);

        Eventually.assertThat(() -> given().get("/api/reprocess-runs/" + run).then().statusCode(200)
                .body("run", equalTo(run))
                .body("articles", equalTo(3))
                .body("changed", equalTo(1))
                .body("unchanged", equalTo(2))
                .body("eventsAdded", equalTo(1))
                .body("eventsRemoved", equalTo(1))
                .body("eventsRedated", equalTo(1)));
        assertThat(entryIds(steady1.articleId())).isEqualTo(steady1Before);
        assertThat(entryIds(steady2.articleId())).isEqualTo(steady2Before);
        List<Long> changingAfter = entryIds(changing.articleId());
        assertThat(changingAfter).hasSize(3);
        assertThat(changingAfter.get(0)).as("the entry of the unchanged event").isEqualTo(changingBefore.get(0));
        // The same events from a newer engine: nothing rewritten, yet the article says which engine made them.
        given().get("/api/articles/" + steady1.articleId()).then().body("engineVersion", equalTo("test-2"));
        given().get("/api/articles/" + changing.articleId()).then()
                .body("events.date", equalTo(List.of(year + "-03-02", year + "-06", year + "-11-30")));

        // A redelivered record of the run counts once.
        ingestion.ingest(changed);
        ingestion.ingest(again(steady1, run));
        given().get("/api/reprocess-runs/" + run).then().statusCode(200)
                .body("articles", equalTo(3)).body("changed", equalTo(1)).body("eventsAdded", equalTo(1));
    }

    @Test
    void anUnknownRunIsNotFoundAndAMalformedOneABadRequest() {
        given().get("/api/reprocess-runs/" + ReprocessRun.newId(Instant.now())).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/reprocess-runs/-no-such-run").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Parameter 'run' must be a run id as ./timeline reprocess prints it"
                        + " (letters, digits, '.', '_', '-'; at most 64), not '-no-such-run'"));
    }

    /** The message as a newer engine sends it for the run: another extraction time and engine version. */
    private static ArticleEventsMessage again(ArticleEventsMessage m, String run) {
        return new ArticleEventsMessage(m.schemaVersion(), m.articleId(), m.url(), m.title(), m.source(), m.language(),
                m.publishedAt(), m.dct(), m.dctSource(), m.dctGranularity(), m.dctConfidence(), m.dctEvidence(),
                "2026-12-01T04:00:00Z", "test-2", run, m.events(), null);
    }

    private static void publish(ArticleEventsMessage message) {
        Topics.send(KafkaResource.ARTICLE_EVENTS, message.articleId(), json(message));
    }

    private static void awaitEvents(String id, int events) {
        Eventually.assertThat(() -> given().get("/api/articles/" + id).then().statusCode(200)
                .body("events.size()", equalTo(events)));
    }

    private static List<Long> entryIds(String articleId) {
        return given().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath()
                .getList("events.eventId", Long.class);
    }
}

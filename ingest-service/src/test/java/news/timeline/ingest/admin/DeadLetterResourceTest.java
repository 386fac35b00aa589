package news.timeline.ingest.admin;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import news.timeline.contract.testing.TopicReader;
import news.timeline.ingest.DeadLetterWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Dead letters as extract-service (SmallRye's dead-letter queue, the original {@code articles} record) and
 * timeline-service (its own emitter, the original {@code article-events} record) write them, on the real broker:
 * listed, filtered, paged, shown, replayed to their topics once, and counted.
 */
@QuarkusTest
class DeadLetterResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DeadLetterMonitor monitor;
    @TestHTTPResource(value = "health/well", management = true)
    URL wellness;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void deadLettersOfBothServicesAreListedShownAndReplayedOnce() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        String article = "{\"id\":\"a-" + marker + "\",\"text\":\"On May 7, 2019, the council met.\"}";
        String events = "{\"articleId\":\"e-" + marker + "\",\"events\":[]}";
        // extract-service: SmallRye's KafkaDeadLetterQueue headers.
        RecordMetadata extract = DeadLetterWriter.write("a-" + marker, article, Map.of(
                "dead-letter-reason", "publishedAt is not ISO-8601 (extract " + marker + ")",
                "dead-letter-cause", "Text '2016-12-31T23:59:60Z' could not be parsed",
                "dead-letter-exception-class-name", "java.lang.IllegalArgumentException",
                "dead-letter-topic", "articles", "dead-letter-partition", "2", "dead-letter-offset", "41"));
        // timeline-service: ArticleEventsConsumer's headers.
        RecordMetadata timeline = DeadLetterWriter.write("e-" + marker, events, Map.of(
                "dead-letter-reason", "Could not store the article (timeline " + marker + ")",
                "dead-letter-cause", "invalid byte sequence",
                "dead-letter-topic", "article-events", "dead-letter-partition", "0", "dead-letter-offset", "7"));
        // A record naming a topic that is not replayable: listed, never sent anywhere.
        RecordMetadata foreign = DeadLetterWriter.write("f-" + marker, "{}", Map.of(
                "dead-letter-reason", "unknown (foreign " + marker + ")", "dead-letter-topic", "elsewhere"));

        JsonPath page = authorized().queryParam("reason", marker.toUpperCase()).get("/api/admin/dlq")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.key")).containsExactlyInAnyOrder("a-" + marker, "e-" + marker, "f-" + marker);
        assertThat(page.getList("items.value")).containsOnlyNulls();
        assertThat(page.getString("next")).isNull();
        Map<String, Object> extractItem = item(page, "a-" + marker);
        assertThat(extractItem).containsEntry("topic", "articles").containsEntry("partition", extract.partition())
                .containsEntry("size", article.getBytes(StandardCharsets.UTF_8).length)
                .containsEntry("replayed", false);
        assertThat((String) extractItem.get("reason")).contains("ISO-8601");
        assertThat(item(page, "e-" + marker)).containsEntry("topic", "article-events");

        assertThat(pageThrough(marker)).as("one record a page, following next")
                .containsExactlyInAnyOrder("a-" + marker, "e-" + marker, "f-" + marker);

        authorized().get("/api/admin/dlq/{p}/{o}", timeline.partition(), timeline.offset())
                .then().statusCode(200)
                .body("value", equalTo(events))
                .body("headers.'dead-letter-topic'", equalTo("article-events"))
                .body("headers.'dead-letter-offset'", equalTo("7"));
        authorized().get("/api/admin/dlq/{p}/{o}", timeline.partition(), Long.MAX_VALUE - 1)
                .then().statusCode(404).contentType("application/problem+json");
        authorized().queryParam("cursor", "nonsense").get("/api/admin/dlq")
                .then().statusCode(400).contentType("application/problem+json");

        // Replay only extract's, then everything of the marker: each record goes back once, to its own topic.
        JsonPath first = authorized().queryParam("reason", "extract " + marker).post("/api/admin/dlq/replay")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("replayed")).isEqualTo(1);
        assertThat(first.getBoolean("complete")).isTrue();
        JsonPath second = authorized().queryParam("reason", marker).post("/api/admin/dlq/replay")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("replayed")).isEqualTo(1);
        assertThat(second.getList("records.topic")).containsExactly("article-events");
        assertThat(second.getInt("alreadyReplayed")).isEqualTo(1);
        assertThat(second.getInt("notReplayable")).isEqualTo(1);
        JsonPath third = authorized().queryParam("reason", marker).post("/api/admin/dlq/replay")
                .then().statusCode(200).extract().jsonPath();
        assertThat(third.getInt("replayed")).as("a second replay sends nothing again").isZero();
        assertThat(third.getInt("alreadyReplayed")).isEqualTo(2);

        List<ConsumerRecord<String, String>> articles = TopicReader.read("articles", WAIT,
                rs -> rs.stream().anyMatch(r -> ("a-" + marker).equals(r.key())));
        assertThat(articles).filteredOn(r -> ("a-" + marker).equals(r.key())).singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).isEqualTo(article);
                    assertThat(new String(r.headers().lastHeader("dead-letter-replayed-from").value(),
                            StandardCharsets.UTF_8)).isEqualTo("articles-dlq/" + extract.partition() + "/"
                                    + extract.offset());
                });
        List<ConsumerRecord<String, String>> replayedEvents = TopicReader.read("article-events", WAIT,
                rs -> rs.stream().anyMatch(r -> ("e-" + marker).equals(r.key())));
        assertThat(replayedEvents).filteredOn(r -> ("e-" + marker).equals(r.key())).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(events));
        assertThat(replayedEvents).noneMatch(r -> ("f-" + marker).equals(r.key()));

        JsonPath after = authorized().queryParam("reason", marker).get("/api/admin/dlq").then().statusCode(200)
                .extract().jsonPath();
        assertThat(item(after, "a-" + marker)).containsEntry("replayed", true);
        assertThat(item(after, "f-" + marker)).containsEntry("replayed", false);
        assertThat(foreign.offset()).isNotNegative();

        assertThat(monitor.check().count()).isGreaterThanOrEqualTo(3);
        given().get(wellness).then().statusCode(200)
                .body("checks.find { it.name == 'dead-letters' }.status", equalTo("UP"));
        String exported = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(exported).containsPattern("(?m)^ingest_dlq_records(\\{[^}]*\\})? [1-9]");
    }

    @Test
    void replayNeedsAKey() {
        given().post("/api/admin/dlq/replay").then().statusCode(401).contentType("application/problem+json");
    }

    private static Map<String, Object> item(JsonPath page, String key) {
        return page.getMap("items.find { it.key == '" + key + "' }");
    }

    /** All keys of the marker's records, one per page; bounded by a number of pages. */
    private static List<String> pageThrough(String marker) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 20; pages++) {
            var request = authorized().queryParam("reason", marker).queryParam("limit", 1);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/admin/dlq").then().statusCode(200).extract().jsonPath();
            keys.addAll(page.getList("items.key"));
            cursor = page.getString("next");
            if (cursor == null) {
                break;
            }
        }
        return keys;
    }
}

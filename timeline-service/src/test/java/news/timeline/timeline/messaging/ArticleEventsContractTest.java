package news.timeline.timeline.messaging;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.AsyncApiDocument;
import news.timeline.contract.DeadLetterHeaders;
import news.timeline.contract.SchemaVersion;
import news.timeline.contract.testing.ContractSchemas;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.Topics;

/**
 * timeline-service against the contract, on the real broker: an {@code article-events} record it cannot read by the
 * contract (another major version, a required field renamed) is dead-lettered with the reason instead of being
 * stored wrongly, an older record without a version is stored (without an engine version), a 1.1 record's engine
 * version is shown with its article, and what it writes to {@code timeline-changes}
 * follows the AsyncAPI schema.
 */
@QuarkusTest
class ArticleEventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recordsItCannotReadByTheContractAreDeadLetteredWithTheReason() throws Exception {
        int year = Articles.freshYear();
        String nextMajor = Articles.freshId();
        String renamed = Articles.freshId();
        String older = Articles.freshId();
        ObjectNode v2 = (ObjectNode) JSON.readTree(json(article(nextMajor, "Reuters", "Version 2",
                event(year + "-02-02", "A bridge opened in Kessa", List.of(), "Kessa", "occurred"))));
        v2.put("schemaVersion", "2.0");
        ObjectNode eventsRenamed = (ObjectNode) JSON.readTree(json(article(renamed, "Reuters", "Renamed",
                event(year + "-02-03", "A school opened in Kessa", List.of(), "Kessa", "occurred"))));
        eventsRenamed.set("extractedEvents", eventsRenamed.remove("events"));
        ObjectNode unversioned = (ObjectNode) JSON.readTree(json(article(older, "Reuters", "Older producer",
                event(year + "-02-04", "A library opened in Kessa", List.of(), "Kessa", "occurred"))));
        unversioned.remove(List.of("schemaVersion", "engineVersion"));

        Topics.send(KafkaResource.ARTICLE_EVENTS, nextMajor, v2.toString());
        Topics.send(KafkaResource.ARTICLE_EVENTS, renamed, eventsRenamed.toString());
        Topics.send(KafkaResource.ARTICLE_EVENTS, older, unversioned.toString());

        Eventually.assertThat(() -> given().get("/api/articles/" + older).then().statusCode(200)
                .body("events.size()", equalTo(1)).body("engineVersion", nullValue()));
        List<ConsumerRecord<String, String>> dead = Topics.readUntilKey(KafkaResource.DLQ, renamed);
        assertThat(reason(dead, nextMajor))
                .isEqualTo("schemaVersion 2.0 has major version 2, this consumer reads major version 1 only");
        assertThat(reason(dead, renamed))
                .isEqualTo("ArticleEventsMessage without its required field(s) events (missing, null or renamed)");
        given().get("/api/articles/" + nextMajor).then().statusCode(404);
        given().get("/api/articles/" + renamed).then().statusCode(404);
        assertThat(dead).noneMatch(r -> older.equals(r.key()));
    }

    @Test
    void changesOnTheTopicFollowTheDocumentedSchema() throws Exception {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        Topics.send(KafkaResource.ARTICLE_EVENTS, id, json(article(id, "Reuters", "Weekend fair",
                event(year + "-W35-WE", "A fair was held in Ostra", List.of("Ostra council"), "Ostra", "occurred"))));
        Eventually.assertThat(() -> given().get("/api/articles/" + id).then().statusCode(200)
                .body("events.size()", equalTo(1)).body("engineVersion", equalTo(Articles.ENGINE_VERSION)));
        long entry = JSON.readTree(given().queryParam("from", String.valueOf(year))
                .queryParam("to", String.valueOf(year)).get("/api/events").asString()).get("items").get(0).get("id")
                .asLong();

        List<ConsumerRecord<String, String>> ours = Topics.readUntilKey(KafkaResource.CHANGES, String.valueOf(entry))
                .stream().filter(r -> r.key().equals(String.valueOf(entry))).toList();

        assertThat(ours).isNotEmpty().allSatisfy(record -> {
            assertThat(ContractSchemas.violations("TimelineChangeMessage", record.value())).isEmpty();
            assertThat(JSON.readTree(record.value()).get("schemaVersion").asText()).isEqualTo(SchemaVersion.CURRENT);
        });
    }

    @Test
    void servesTheAsyncApiDocumentNextToTheOpenApiDocument() {
        given().get(AsyncApiDocument.PATH).then().statusCode(200)
                .contentType(startsWith(AsyncApiDocument.MEDIA_TYPE))
                .body(equalTo(AsyncApiDocument.yaml()));
    }

    private static String reason(List<ConsumerRecord<String, String>> dead, String key) {
        ConsumerRecord<String, String> record = dead.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("record " + key + " not dead-lettered"));
        Header header = record.headers().lastHeader(DeadLetterHeaders.REASON);
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}

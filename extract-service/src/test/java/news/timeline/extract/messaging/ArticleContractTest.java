package news.timeline.extract.messaging;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.AsyncApiDocument;
import news.timeline.contract.DeadLetterHeaders;
import news.timeline.contract.ReprocessRun;
import news.timeline.contract.Topics;
import news.timeline.contract.SchemaVersion;
import news.timeline.contract.testing.ContractSchemas;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;
import news.timeline.extract.event.EngineVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static news.timeline.contract.testing.TopicReader.hasKey;
import static news.timeline.contract.testing.TopicReader.onlyWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * extract-service against the contract, on the real broker: what it writes to {@code article-events} follows the
 * AsyncAPI schema, and what it cannot read by the contract (another major version, a required field renamed) goes to
 * {@code articles-dlq} with the reason instead of being extracted wrongly.
 */
@QuarkusTest
class ArticleContractTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEXT = "The two leaders met in Helsinki on July 16, 2018.";

    @Test
    void recordsItCannotReadByTheContractAreDeadLetteredWithTheReason() throws Exception {
        String nextMajor = key("v2");
        String renamed = key("renamed");
        String older = key("older");
        send(nextMajor, """
                {"schemaVersion": "2.0", "id": "%s", "text": "%s"}""".formatted(nextMajor, TEXT));
        send(renamed, """
                {"schemaVersion": "1.0", "id": "%s", "body": "%s"}""".formatted(renamed, TEXT));
        send(older, """
                {"id": "%s", "text": "%s", "publishedAt": "2018-07-24"}""".formatted(older, TEXT));

        List<ConsumerRecord<String, String>> dead = TopicReader.read("articles-dlq", WAIT,
                rs -> hasKey(rs, nextMajor) && hasKey(rs, renamed));
        assertThat(header(onlyWithKey(dead, nextMajor), DeadLetterHeaders.REASON))
                .isEqualTo("schemaVersion 2.0 has major version 2, this consumer reads major version 1 only");
        assertThat(header(onlyWithKey(dead, renamed), DeadLetterHeaders.REASON))
                .isEqualTo("ArticleMessage without its required field(s) text (missing, null or renamed)");
        assertThat(header(onlyWithKey(dead, renamed), DeadLetterHeaders.TOPIC)).isEqualTo("articles");

        List<ConsumerRecord<String, String>> events = TopicReader.read("article-events", WAIT,
                rs -> hasKey(rs, older));
        assertThat(events).anyMatch(r -> older.equals(r.key()))
                .noneMatch(r -> nextMajor.equals(r.key()) || renamed.equals(r.key()));
        assertThat(dead).noneMatch(r -> older.equals(r.key()));
    }

    @Test
    void publishedEventsFollowTheDocumentedSchema() throws Exception {
        String id = key("valid");
        send(id, """
                {"schemaVersion": "1.0", "id": "%s", "title": "Summit", "text": "%s They will meet again next year.
                 Talks were planned for the weekend of 29 August 2009.", "publishedAt": "2018-07-24T09:00:00+02:00",
                 "source": "Example", "language": "en"}""".formatted(id, TEXT).replace("\n", ""));

        ConsumerRecord<String, String> record = onlyWithKey(TopicReader.read("article-events", WAIT, rs -> hasKey(rs, id)), id);

        assertThat(ContractSchemas.violations("ArticleEventsMessage", record.value())).isEmpty();
        assertThat(record.value()).contains("\"schemaVersion\":\"" + SchemaVersion.CURRENT + "\"")
                .contains("\"engineVersion\":\"" + EngineVersion.CURRENT + "\"")
                .contains("\"status\":\"occurred\"");
    }

    @Test
    void anArticleSentAgainByAReprocessRunIsExtractedWithTheRunId() throws Exception {
        String id = key("reprocessed");
        String run = ReprocessRun.newId(Instant.now());
        String article = "{\"schemaVersion\": \"1.0\", \"id\": \"" + id + "\", \"text\": \"" + TEXT
                + "\", \"publishedAt\": \"2018-07-24\"}";
        ProducerRecord<String, String> again = new ProducerRecord<>(Topics.ARTICLES_REPROCESS, id, article);
        again.headers().add(ReprocessRun.HEADER, run.getBytes(StandardCharsets.UTF_8));
        String broken = key("broken-run");
        ProducerRecord<String, String> badRun = new ProducerRecord<>(Topics.ARTICLES_REPROCESS, broken,
                article.replace(id, broken));
        badRun.headers().add(ReprocessRun.HEADER, "../../etc".getBytes(StandardCharsets.UTF_8));
        send(again);
        send(badRun);

        ConsumerRecord<String, String> record = onlyWithKey(TopicReader.read("article-events", WAIT,
                rs -> hasKey(rs, id)), id);
        assertThat(ContractSchemas.violations("ArticleEventsMessage", record.value())).isEmpty();
        assertThat(record.value()).contains("\"reprocessRun\":\"" + run + "\"");
        ConsumerRecord<String, String> dead = onlyWithKey(TopicReader.read("articles-dlq", WAIT,
                rs -> hasKey(rs, broken)), broken);
        assertThat(header(dead, DeadLetterHeaders.REASON)).contains("reprocess-run").contains("not a run id");
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES_REPROCESS);
    }

    @Test
    void servesTheAsyncApiDocumentNextToTheOpenApiDocument() {
        given().get(AsyncApiDocument.PATH).then().statusCode(200)
                .contentType(startsWith(AsyncApiDocument.MEDIA_TYPE))
                .body(equalTo(AsyncApiDocument.yaml()));
    }

    private static String key(String what) {
        return what + "-" + UUID.randomUUID();
    }

    private static void send(String key, String value) throws Exception {
        send(new ProducerRecord<>("articles", key, value));
    }

    private static void send(ProducerRecord<String, String> record) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}

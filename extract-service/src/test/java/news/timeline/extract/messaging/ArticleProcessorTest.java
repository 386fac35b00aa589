package news.timeline.extract.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static news.timeline.contract.testing.TopicReader.hasKey;
import static news.timeline.contract.testing.TopicReader.onlyWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
class ArticleProcessorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @Test
    void articlesBecomeDatedEventsAndPoisonGoesToTheDeadLetterTopicWithoutStallingTheConsumer() throws Exception {
        String good = "a" + UUID.randomUUID().toString().replace("-", "");
        String after = "b" + UUID.randomUUID().toString().replace("-", "");
        String noText = "c" + UUID.randomUUID().toString().replace("-", "");
        String poison = "{not json " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("articles", good, article(good,
                    "The two leaders met in Helsinki on July 16, 2018. They will meet again next year.",
                    "2018-07-24"))).get();
            producer.send(new ProducerRecord<>("articles", "poison", poison)).get();
            producer.send(new ProducerRecord<>("articles", noText, article(noText, "  ", null))).get();
            producer.send(new ProducerRecord<>("articles", after, article(after,
                    "The ministers signed the treaty on Wednesday, officials said.", "2018-06-29T10:00:00+02:00")))
                    .get();
        }

        List<ConsumerRecord<String, String>> events = TopicReader.read("article-events", WAIT,
                rs -> hasKey(rs, good) && hasKey(rs, after));
        JsonNode first = JSON.readTree(onlyWithKey(events, good).value());
        assertThat(first.get("articleId").asText()).isEqualTo(good);
        assertThat(first.get("dct").asText()).isEqualTo("2018-07-24");
        assertThat(first.get("dctSource").asText()).isEqualTo("given");
        assertThat(first.get("events")).anySatisfy(e -> {
            assertThat(e.get("date").asText()).isEqualTo("2018-07-16");
            assertThat(e.get("sentence").asText()).contains("Helsinki");
        });
        assertThat(first.get("events")).anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2019"));

        JsonNode second = JSON.readTree(onlyWithKey(events, after).value());
        assertThat(second.get("dct").asText()).isEqualTo("2018-06-29");
        assertThat(second.get("events")).anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2018-06-27"));

        List<ConsumerRecord<String, String>> dead = TopicReader.read("articles-dlq", WAIT,
                rs -> rs.stream().anyMatch(r -> poison.equals(r.value())) && hasKey(rs, noText));
        assertThat(reason(dead.stream().filter(r -> poison.equals(r.value())).findFirst().orElseThrow()))
                .contains("unparseable JSON");
        assertThat(reason(onlyWithKey(dead, noText))).contains("has no text");
        assertThat(events).noneMatch(r -> noText.equals(r.key()) || "poison".equals(r.key()));
    }

    @Test
    void healthReportsKafka() {
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String article(String id, String text, String publishedAt) throws Exception {
        Map<String, Object> article = new java.util.HashMap<>(Map.of("id", id, "text", text));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return JSON.writeValueAsString(article);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }
}

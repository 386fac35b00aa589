package news.timeline.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The broker refuses the service's writes to {@code article-events} for longer than the producer's own delivery
 * timeout (topic {@code article-events} made to need two in-sync replicas of its one: every {@code acks=all} write
 * fails with the retriable NotEnoughReplicas): no article is dead-lettered or dropped, readiness is down meanwhile,
 * liveness stays up, and once the broker takes writes again every article's events arrive.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
class BrokerRefusalTest {

    /** Longer than %test delivery.timeout.ms (6 s), so the processor's own retries are what carries the articles. */
    private static final Duration REFUSAL = Duration.ofSeconds(15);
    private static final int ARTICLES = 6;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void articlesWaitOutARefusingBrokerAndNoneIsDeadLettered() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, ARTICLES)
                .mapToObj(i -> "refused-" + i + "-" + UUID.randomUUID()).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            minInsyncReplicas(admin, "2");
            try {
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                    for (String id : ids) {
                        producer.send(new ProducerRecord<>("articles", id, "{\"id\":\"" + id + "\",\"text\":\"The"
                                + " council met on July 16, 2018, officials said.\",\"publishedAt\":\"2018-07-20\"}"))
                                .get(30, TimeUnit.SECONDS);
                    }
                }
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (System.nanoTime() < deadline && given().get("/q/health/ready").statusCode() != 503) {
                    Thread.sleep(200);
                }
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == 'article-events-producer' }.data.reason",
                                containsString("consuming paused"));
                given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
                Thread.sleep(REFUSAL.toMillis());
            } finally {
                minInsyncReplicas(admin, "1");
            }
        }

        List<ConsumerRecord<String, String>> events = TopicReader.read("article-events", WAIT,
                rs -> ids.stream().allMatch(id -> rs.stream().anyMatch(r -> id.equals(r.key()))));
        assertThat(events.stream().map(ConsumerRecord::key).filter(ids::contains).distinct()).hasSize(ARTICLES);
        List<ConsumerRecord<String, String>> dead = TopicReader.read("articles-dlq", Duration.ofSeconds(5),
                rs -> false);
        assertThat(dead).noneMatch(r -> ids.contains(r.key()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && given().get("/q/health/ready").statusCode() != 200) {
            Thread.sleep(200);
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static void minInsyncReplicas(Admin admin, String value) throws Exception {
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, "article-events"),
                List.of(new AlterConfigOp(new ConfigEntry("min.insync.replicas", value), AlterConfigOp.OpType.SET))))
                .all().get(30, TimeUnit.SECONDS);
    }
}

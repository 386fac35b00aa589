package news.timeline.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;

/**
 * The broker does not take the service's writes to {@code article-events} for longer than the producer's own
 * timeouts (the topic is deleted, and the broker creates no topic by itself: every send times out waiting for the
 * topic's metadata, a retriable error): no article is dead-lettered or dropped, readiness is down meanwhile, liveness
 * stays up, and once the topic is back every article's events arrive.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
class BrokerRefusalTest {

    /** Longer than %test max.block.ms and delivery.timeout.ms, so the processor's own retries carry the articles. */
    private static final Duration REFUSAL = Duration.ofSeconds(15);
    private static final int ARTICLES = 6;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;
    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @Test
    void articlesWaitOutARefusingBrokerAndNoneIsDeadLettered() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, ARTICLES)
                .mapToObj(i -> "refused-" + i + "-" + UUID.randomUUID()).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            admin.deleteTopics(List.of("article-events")).all().get(30, TimeUnit.SECONDS);
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
                while (System.nanoTime() < deadline && given().get(ready).statusCode() != 503) {
                    Thread.sleep(200);
                }
                given().get(ready).then().statusCode(503)
                        .body("checks.find { it.name == 'article-events-producer' }.data.reason",
                                containsString("consuming paused"));
                given().get(live).then().statusCode(200).body("status", equalTo("UP"));
                Thread.sleep(REFUSAL.toMillis());
            } finally {
                recreate(admin);
            }
        }

        List<ConsumerRecord<String, String>> events = TopicReader.read("article-events", WAIT,
                rs -> ids.stream().allMatch(id -> rs.stream().anyMatch(r -> id.equals(r.key()))));
        assertThat(events.stream().map(ConsumerRecord::key).filter(ids::contains).distinct()).hasSize(ARTICLES);
        List<ConsumerRecord<String, String>> dead = TopicReader.read("articles-dlq", Duration.ofSeconds(5),
                rs -> false);
        assertThat(dead).noneMatch(r -> ids.contains(r.key()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && given().get(ready).statusCode() != 200) {
            Thread.sleep(200);
        }
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Deletion completes in the background: create again until the broker takes it. */
    private static void recreate(Admin admin) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                admin.createTopics(List.of(new NewTopic("article-events", 3, (short) 1))).all()
                        .get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}

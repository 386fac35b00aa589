package news.timeline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.service.IngestLoad;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Saturation: a saturated service refuses a request whole (429, Retry-After, problem body) before anything of it
 * reaches Kafka, and admits again what fits. Counts, not timings.
 * The Kafka broker is {@link KafkaBroker}, started for every test of the module.
 */
@QuarkusTest
class BackPressureTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    IngestLoad load;

    @Inject
    IngestConfig config;

    @Test
    void aBatchThatFindsNoPendingSlotIsRefusedWholeAndNothingIsSent() {
        String refused = unique();
        String fits = unique();
        try (IngestLoad.Admission others = load.admit(config.maxPendingItems())) {
            authorized().contentType("application/x-ndjson").body(ndjson(refused, 3))
                    .post("/api/articles/batch")
                    .then().statusCode(429)
                    .header("Retry-After", equalTo(String.valueOf(config.retryAfter().toSeconds())))
                    .contentType("application/problem+json")
                    .body("status", equalTo(429)).body("title", equalTo("Ingest saturated"))
                    .body("detail", containsString("ingest.max-pending-items"))
                    .body("instance", equalTo("/api/articles/batch"));
        }
        // Once there is room again, a batch is admitted.
        authorized().contentType("application/x-ndjson").body(ndjson(fits, 2))
                .post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(2));
        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().filter(r -> r.value().contains(fits)).count() >= 2);
        assertThat(records.stream().filter(r -> r.value().contains(fits))).hasSize(2);
        assertThat(records).noneMatch(r -> r.value().contains(refused));
    }

    @Test
    void tooManyConcurrentRequestsAreRefusedWithRetryAfter() {
        String single = unique();
        String batch = unique();
        String after = unique();
        List<IngestLoad.Admission> others = new ArrayList<>();
        try {
            for (int i = 0; i < config.maxConcurrentRequests(); i++) {
                others.add(load.admit(0));
            }
            authorized().contentType(ContentType.JSON).body("{\"text\": \"" + single + "\"}")
                    .post("/api/articles")
                    .then().statusCode(429)
                    .header("Retry-After", equalTo(String.valueOf(config.retryAfter().toSeconds())))
                    .contentType("application/problem+json")
                    .body("status", equalTo(429))
                    .body("detail", containsString("ingest.max-concurrent-requests"));
            authorized().contentType("application/x-ndjson").body(ndjson(batch, 5))
                    .post("/api/articles/batch")
                    .then().statusCode(429)
                    .header("Retry-After", equalTo(String.valueOf(config.retryAfter().toSeconds())))
                    .contentType("application/problem+json");
        } finally {
            others.forEach(IngestLoad.Admission::close);
        }
        authorized().contentType(ContentType.JSON).body("{\"text\": \"" + after + "\"}")
                .post("/api/articles").then().statusCode(202);

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().anyMatch(r -> r.value().contains(after)));
        assertThat(records).anyMatch(r -> r.value().contains(after))
                .noneMatch(r -> r.value().contains(single))
                .noneMatch(r -> r.value().contains(batch));
        awaitZero(load::activeRequests);
    }

    private static byte[] ndjson(String marker, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("{\"text\": \"Item ").append(i).append(' ').append(marker).append("\"}\n");
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Slots are given back from Kafka's callback thread, just after the waiting request has its answer. */
    private static void awaitZero(IntSupplier count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count.getAsInt() != 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(count.getAsInt()).isZero();
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}

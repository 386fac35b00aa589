package news.timeline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import news.timeline.contract.testing.TopicReader;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.messaging.ArticlePublisher;
import news.timeline.ingest.service.IngestLoad;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A batch far larger than the Kafka in-flight limit is accepted whole, item by item. The limit is made tiny (8, so
 * the Kafka sink asks the emitter for 8 messages at a time): without back-pressure the emitter overflows after 8 + its
 * buffer of 128 (SRMSG00034) however fast the broker is. Counts, not timings.
 */
@QuarkusTest
@TestProfile(LargeBatchTest.SmallInFlight.class)
class LargeBatchTest {

    public static class SmallInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.max-in-flight", "8");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    IngestLoad load;

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestConfig config;

    @Test
    void aBatchOfThousandsIsAnsweredItemByItemAndAllReachKafka() {
        int count = 3_000;
        assertThat(config.maxInFlight()).isEqualTo(8);
        String marker = unique();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ndjson.append("{\"text\": \"Article ").append(i).append(" of ").append(marker)
                    .append(": the leaders met on July 16, 2018.\"}\n");
        }
        Response response = authorized().contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(count)).body("rejected", equalTo(0))
                .extract().response();
        List<Integer> statuses = response.path("items.status");
        List<Integer> indexes = response.path("items.index");
        List<String> ids = response.path("items.id");
        assertThat(statuses).hasSize(count).containsOnly(202);
        assertThat(indexes).hasSize(count).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).hasSize(count);

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().filter(r -> r.value().contains(marker)).count() >= count);
        List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> r.value().contains(marker)).toList();
        assertThat(ours).hasSize(count);
        assertThat(new HashSet<>(ours.stream().map(ConsumerRecord::key).toList())).isEqualTo(new HashSet<>(ids));

        // Every slot taken for the batch comes back once Kafka has answered.
        awaitZero(load::pendingItems);
        awaitZero(publisher::inFlight);
        awaitZero(load::activeRequests);
    }

    @Test
    void aJsonArrayBatchOfThousandsIsAcceptedToo() {
        int count = 2_000;
        String marker = unique();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"text\": \"Item ").append(i).append(' ').append(marker)
                    .append("\"}");
        }
        json.append(']');
        List<Integer> statuses = authorized().contentType("application/json").body(json.toString())
                .post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(count))
                .extract().path("items.status");
        assertThat(statuses).hasSize(count).containsOnly(202);
        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().filter(r -> r.value().contains(marker)).count() >= count);
        assertThat(records.stream().filter(r -> r.value().contains(marker))).hasSize(count);
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

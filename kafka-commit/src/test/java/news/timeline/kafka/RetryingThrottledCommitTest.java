package news.timeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The commit handler between the connector and a consumer. The consumer is Kafka's own {@link MockConsumer} behind
 * the connector's interface, whose group coordinator can be made unreachable for the committed-offset lookup.
 */
class RetryingThrottledCommitTest {

    private static final TopicPartition PARTITION = new TopicPartition("articles", 4);
    private static final int INTERVAL_MS = 50;

    private final MockConsumer<String, String> kafka = new MockConsumer<>("earliest");
    private Vertx vertx;
    private boolean coordinatorReachable;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        kafka.assign(List.of(PARTITION));
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void aRecordIsProcessedAndCommittedWhenTheCommittedOffsetCannotBeRead() {
        coordinatorReachable = false;
        RetryingThrottledCommit handler = handler();

        IncomingKafkaRecord<String, String> record = record(180);
        assertThat(handler.received(record).await().atMost(Duration.ofSeconds(5)))
                .as("the record goes on to the application").isSameAs(record);
        handler.handle(record).await().atMost(Duration.ofSeconds(5));

        assertThat(committedOtherThan(-1)).as("committed after the record").isEqualTo(181);
    }

    @Test
    void recordsBelowTheGroupsCommittedOffsetAreNotCommittedAgain() {
        coordinatorReachable = true;
        kafka.commitSync(Map.of(PARTITION, new OffsetAndMetadata(200)));
        RetryingThrottledCommit handler = handler();

        IncomingKafkaRecord<String, String> stale = record(190);
        handler.received(stale).await().atMost(Duration.ofSeconds(5));
        handler.handle(stale).await().atMost(Duration.ofSeconds(5));
        IncomingKafkaRecord<String, String> next = record(200);
        handler.received(next).await().atMost(Duration.ofSeconds(5));
        handler.handle(next).await().atMost(Duration.ofSeconds(5));

        assertThat(committedOtherThan(200)).as("never moved back to 191").isEqualTo(201);
    }

    private RetryingThrottledCommit handler() {
        RetryingThrottledCommit handler = new RetryingThrottledCommit(vertx, connectorConsumer(), INTERVAL_MS, 5000);
        handler.capture(vertx.getOrCreateContext());
        handler.partitionsAssigned(List.of(PARTITION));
        return handler;
    }

    /** The group's committed offset once it is no longer {@code before}, or {@code before} after 5 s. */
    private long committedOtherThan(long before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            OffsetAndMetadata offset = kafka.committed(Set.of(PARTITION)).get(PARTITION);
            long committed = offset == null ? -1 : offset.offset();
            if (committed != before) {
                return committed;
            }
            sleep();
        }
        return before;
    }

    private static IncomingKafkaRecord<String, String> record(long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, "key",
                "value"), "articles", 0, null, null, false);
    }

    /** The connector's consumer interface over the mock: only what the handler calls. */
    @SuppressWarnings("unchecked")
    private KafkaConsumer<String, String> connectorConsumer() {
        return (KafkaConsumer<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { KafkaConsumer.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "configuration" -> Map.of(ConsumerConfig.GROUP_ID_CONFIG, "extract-service");
                    case "unwrap" -> kafka;
                    case "committed" -> coordinatorReachable
                            ? Uni.createFrom().item(() -> kafka.committed(Set.of(PARTITION)))
                            : Uni.createFrom().failure(new TimeoutException(
                                    "Timeout of 60000ms expired before the last committed offset could be determined"));
                    case "runOnPollingThread" -> Uni.createFrom()
                            .item(() -> ((Function<MockConsumer<String, String>, Object>) args[0]).apply(kafka));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package news.timeline.ingest.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import news.timeline.contract.ArticleMessage;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.messaging.ArticlePublisher;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a batch is answered when Kafka holds back: the service over a real {@link ArticlePublisher} whose emitter
 * acknowledges some articles, refuses some and never answers others. Statuses and counts, not timings.
 */
class ArticleServiceBackPressureTest {

    private static final int IN_FLIGHT = 4;

    /** Acks "ok" articles at once, nacks "bad" ones, keeps "hold" ones unanswered; counts what it was given. */
    static final class FakeKafka implements Emitter<ArticleMessage> {
        final List<Message<? extends ArticleMessage>> held = new ArrayList<>();
        final AtomicInteger outstanding = new AtomicInteger();
        final AtomicInteger maxOutstanding = new AtomicInteger();
        final List<String> received = new ArrayList<>();

        @Override
        public <M extends Message<? extends ArticleMessage>> void send(M message) {
            received.add(message.getPayload().text());
            maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            String text = message.getPayload().text();
            if (text.startsWith("hold")) {
                held.add(message);
                return;
            }
            outstanding.decrementAndGet();
            if (text.startsWith("bad")) {
                message.nack(new IllegalStateException("record too large"));
            } else {
                message.ack();
            }
        }

        @Override
        public CompletionStage<Void> send(ArticleMessage msg) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }

        void releaseHeld() {
            held.forEach(m -> {
                outstanding.decrementAndGet();
                m.ack();
            });
            held.clear();
        }
    }

    private final FakeKafka kafka = new FakeKafka();
    private final IngestConfig config = config();
    private final ArticlePublisher publisher = new ArticlePublisher(kafka, config, IN_FLIGHT, new SimpleMeterRegistry());
    private final IngestLoad load = new IngestLoad(config, new SimpleMeterRegistry());
    private final ArticleService service = new ArticleService(new ArticleRequestParser(config),
            new ArticleNormalizer(config), publisher, load, config);

    @Test
    void aBatchLargerThanTheInFlightSlotsWaitsForAcknowledgementsAndIsAllAccepted() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            body.append("{\"text\": \"ok ").append(i).append("\"}\n");
        }
        List<IngestResult> results = service.ingestBatch(stream(body.toString()));
        assertThat(results).hasSize(50).allMatch(r -> r.status() == 202);
        assertThat(kafka.received).hasSize(50);
        assertThat(kafka.maxOutstanding.get()).isLessThanOrEqualTo(IN_FLIGHT);
        assertThat(load.pendingItems()).isZero();
        assertThat(publisher.inFlight()).isZero();
    }

    @Test
    void whenKafkaStopsAcknowledgingEachItemSaysWhatHappenedToIt() {
        String body = String.join("\n",
                "{\"text\": \"ok 1\"}",
                "{\"text\": \"bad 2\"}",
                "{\"text\": \"hold 3\"}",
                "{\"text\": \"hold 4\"}",
                "{\"text\": \"hold 5\"}",
                "{\"text\": \"hold 6\"}",
                "{\"text\": \"ok 7\"}",
                "{\"title\": \"no text 8\"}",
                "{\"text\": \"ok 9\"}");
        List<IngestResult> results = service.ingestBatch(stream(body));

        assertThat(results).extracting(IngestResult::status)
                .containsExactly(202, 503, 503, 503, 503, 503, 503, 400, 503);
        assertThat(results.get(1).detail()).contains("record too large");
        assertThat(results.subList(2, 6)).allMatch(r -> r.detail().contains("did not acknowledge"));
        assertThat(results.get(6).detail()).startsWith("Not sent");
        assertThat(results.get(8).detail()).startsWith("Not sent");
        assertThat(results).filteredOn(r -> r.status() != 400).allMatch(r -> r.id() != null);
        // Only what was sent reached Kafka: never more than the in-flight slots outstanding.
        assertThat(kafka.received).containsExactly("ok 1", "bad 2", "hold 3", "hold 4", "hold 5", "hold 6");
        assertThat(kafka.maxOutstanding.get()).isEqualTo(IN_FLIGHT);
        // The held articles keep their slots until Kafka answers, even though the request is over.
        assertThat(publisher.inFlight()).isEqualTo(4);
        assertThat(load.pendingItems()).isEqualTo(4);

        kafka.releaseHeld();
        assertThat(publisher.inFlight()).isZero();
        assertThat(load.pendingItems()).isZero();
        assertThat(load.activeRequests()).isZero();
    }

    @Test
    void aSingleArticleKafkaCannotTakeIs503AndFreesItsSlots() {
        for (int i = 0; i < IN_FLIGHT; i++) {
            int n = i;
            assertThatThrownBy(() -> service.ingest(stream("{\"text\": \"hold " + n + "\"}")))
                    .isInstanceOf(KafkaUnavailableException.class).hasMessageContaining("did not acknowledge");
        }
        assertThatThrownBy(() -> service.ingest(stream("{\"text\": \"ok\"}")))
                .isInstanceOf(KafkaUnavailableException.class).hasMessageStartingWith("Not sent");
        assertThat(kafka.received).hasSize(IN_FLIGHT);
        kafka.releaseHeld();
        assertThat(service.ingest(stream("{\"text\": \"ok\"}"))).matches("[0-9a-f]{32}");
        assertThat(load.pendingItems()).isZero();
        assertThat(load.activeRequests()).isZero();
    }

    @Test
    void saturationBeforeAnythingIsSentRefusesTheWholeRequest() {
        try (IngestLoad.Admission others = load.admit(60)) {
            assertThatThrownBy(() -> service.ingestBatch(stream("{\"title\": \"no text\"}\n{\"text\": \"ok 1\"}")))
                    .isInstanceOf(IngestSaturatedException.class).hasMessageContaining("ingest.max-pending-items")
                    .hasMessageContaining("nothing of this request was sent");
        }
        assertThat(kafka.received).isEmpty();
        assertThat(load.pendingItems()).isZero();
        assertThat(load.activeRequests()).isZero();
    }

    @Test
    void saturationAfterTheFirstArticlesAnswersTheRestOneByOne() {
        try (IngestLoad.Admission others = load.admit(58)) {
            // The two held articles take the last two pending slots and keep them: Kafka never answers.
            List<IngestResult> results = service.ingestBatch(stream(String.join("\n", "{\"text\": \"hold 1\"}",
                    "{\"text\": \"hold 2\"}", "{\"title\": \"no text\"}", "{\"text\": \"ok 3\"}",
                    "{\"text\": \"ok 4\"}")));
            assertThat(results).extracting(IngestResult::status).containsExactly(503, 503, 400, 429, 429);
            assertThat(results.get(3).detail()).contains("ingest.max-pending-items").contains("were not sent");
            assertThat(results.get(4).id()).isNotNull();
        }
        assertThat(kafka.received).containsExactly("hold 1", "hold 2");
        kafka.releaseHeld();
        assertThat(load.pendingItems()).isZero();
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    static IngestConfig config() {
        return new IngestConfig() {
            @Override
            public int maxTextBytes() {
                return 1 << 20;
            }

            @Override
            public int maxBatchItems() {
                return 60;
            }

            @Override
            public long maxBodyBytes() {
                return 1 << 22;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofMillis(200);
            }

            @Override
            public int maxInFlight() {
                return IN_FLIGHT;
            }

            @Override
            public int maxPendingItems() {
                return 60;
            }

            @Override
            public int maxConcurrentRequests() {
                return 2;
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofSeconds(1);
            }

            @Override
            public String timelineUrl() {
                return "http://localhost";
            }
        };
    }
}

package news.timeline.extract.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.ArticleMessage;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.event.Extraction;
import news.timeline.extract.health.ProducerOutage;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Reads raw articles, extracts their events and writes one message per article to {@code article-events}. The channel
 * reads {@code articles} and {@code articles-reprocess} (stored articles sent again by {@code ./timeline reprocess}):
 * the same extraction, the run's id carried on into the events message.
 * <p>
 * An article is acknowledged (so its offset committed) only once its events are acknowledged by Kafka: a crash in
 * between re-delivers it, and the downstream consumer replaces an article's events as a whole, so nothing is lost
 * or doubled. An article that cannot be read or extracted is nacked, and the channel's dead-letter strategy moves it
 * to {@code articles-dlq} at once, with the reason in its headers, while the consumer goes on.
 * <p>
 * When Kafka does not take the events (broker down, no leader, delivery timed out: a retriable error), the article
 * is neither nacked nor dead-lettered: this thread sends again after a growing backoff, for as long as the outage
 * lasts, and readiness reports the pause. The connector keeps polling with its partitions paused meanwhile, so the
 * consumer stays in its group. Only an error Kafka calls final for this record (too large, not serializable)
 * dead-letters it.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final EventExtractor extractor;
    private final Emitter<ArticleEventsMessage> events;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();
    private final RetryConfig retry;
    private final ProducerOutage outage;
    private volatile boolean stopping;

    public ArticleProcessor(EventExtractor extractor, @Channel("article-events") Emitter<ArticleEventsMessage> events,
            ObjectMapper json, MeterRegistry metrics, RetryConfig retry, ProducerOutage outage) {
        this.extractor = extractor;
        this.events = events;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.metrics = metrics;
        this.retry = retry;
        this.outage = outage;
    }

    @Incoming("articles")
    @Blocking
    public CompletionStage<Void> process(Message<String> incoming) {
        ArticleEventsMessage result;
        try {
            ArticleMessage article = ArticleReader.read(json, incoming.getPayload());
            String run = ArticleReader.reprocessRun(incoming);
            Extraction extraction = extractor.extract(ArticleReader.toText(article));
            result = ArticleEventsMessages.of(article, extraction, Instant.now(clock), run);
        } catch (RuntimeException e) {
            LOG.warnf("Article sent to the dead-letter topic: %s", e.getMessage());
            metrics.counter("extract.articles.rejected").increment();
            return incoming.nack(e);
        }
        metrics.counter("extract.articles.processed").increment();
        metrics.counter("extract.events.extracted").increment(result.events().size());
        try {
            sendUntilTaken(result);
        } catch (ExecutionException e) {
            LOG.warnf("Article %s sent to the dead-letter topic: Kafka refused its events (%s)", result.articleId(),
                    e.getCause());
            metrics.counter("extract.articles.rejected").increment();
            return incoming.nack(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return incoming.nack(e);
        }
        return incoming.ack();
    }

    /**
     * Sends until Kafka acknowledges, waiting out retriable failures however long they last.
     *
     * @throws ExecutionException when Kafka refuses this record for good
     */
    private void sendUntilTaken(ArticleEventsMessage message) throws ExecutionException, InterruptedException {
        long waitMs = Math.max(1, retry.initialBackoff().toMillis());
        while (true) {
            try {
                send(message).toCompletableFuture().get();
                outage.end();
                return;
            } catch (ExecutionException e) {
                if (!retriable(e.getCause()) || stopping) {
                    throw e;
                }
                outage.begin();
                LOG.warnf("Kafka did not take the events of article %s (%s); sending again in %d ms",
                        message.articleId(), e.getCause(), waitMs);
                Thread.sleep(waitMs);
                waitMs = Math.min(retry.maxBackoff().toMillis(), waitMs * 2);
            }
        }
    }

    private static boolean retriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private CompletionStage<Void> send(ArticleEventsMessage message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        events.send(Message.of(message)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(message.articleId()).build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    sent.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return sent;
    }
}

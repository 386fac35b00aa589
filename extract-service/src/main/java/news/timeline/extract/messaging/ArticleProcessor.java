package news.timeline.extract.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.event.Extraction;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads raw articles, extracts their events and writes one message per article to {@code article-events}.
 * <p>
 * An article is acknowledged (so its offset committed) only once its events are acknowledged by Kafka: a crash in
 * between re-delivers it, and the downstream consumer replaces an article's events as a whole, so nothing is lost
 * or doubled. An article that cannot be read or extracted is nacked, and the channel's dead-letter strategy moves it
 * to {@code articles-dlq} with the reason in its headers while the consumer goes on.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final EventExtractor extractor;
    private final Emitter<ArticleEventsMessage> events;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();

    public ArticleProcessor(EventExtractor extractor, @Channel("article-events") Emitter<ArticleEventsMessage> events,
            ObjectMapper json, MeterRegistry metrics) {
        this.extractor = extractor;
        this.events = events;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.metrics = metrics;
    }

    @Incoming("articles")
    @Blocking
    public CompletionStage<Void> process(Message<String> incoming) {
        ArticleEventsMessage result;
        try {
            ArticleMessage article = ArticleReader.read(json, incoming.getPayload());
            Extraction extraction = extractor.extract(ArticleReader.toText(article));
            result = ArticleEventsMessage.of(article, extraction, Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.warnf("Article sent to the dead-letter topic: %s", e.getMessage());
            metrics.counter("extract.articles.rejected").increment();
            return incoming.nack(e);
        }
        metrics.counter("extract.articles.processed").increment();
        metrics.counter("extract.events.extracted").increment(result.events().size());
        return send(result).handle((ok, failure) -> failure == null ? incoming.ack() : incoming.nack(failure))
                .thenCompose(stage -> stage);
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

package news.timeline.timeline.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.merge.InvalidArticleException;

/**
 * Feeds topic {@code article-events} into the timeline. A record that cannot be stored fails here; the channel's
 * dead-letter strategy then moves it to {@code articles-dlq} with the reason and the consumer goes on. The offset is
 * acknowledged only after this method returns, i.e. after the database transaction committed.
 */
@ApplicationScoped
public class ArticleEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEventsConsumer.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final long INITIAL_BACKOFF_MS = 500;

    private final ObjectMapper mapper;
    private final ArticleIngestionService ingestion;
    private final MeterRegistry registry;

    public ArticleEventsConsumer(ObjectMapper mapper, ArticleIngestionService ingestion, MeterRegistry registry) {
        this.mapper = mapper;
        this.ingestion = ingestion;
        this.registry = registry;
    }

    @Incoming("article-events")
    @Blocking
    public void consume(String payload) throws InterruptedException {
        ArticleEventsMessage message;
        try {
            message = parse(payload);
        } catch (InvalidArticleException e) {
            reject(e);
            throw e;
        }
        storeRetryingTransientFailures(message);
    }

    /**
     * A bad message fails at once; anything else (the database restarting, a lock timeout) is retried a bounded
     * number of times before the record is dead-lettered, so that an outage does not send good records away at once.
     */
    private void storeRetryingTransientFailures(ArticleEventsMessage message) throws InterruptedException {
        long backoffMs = INITIAL_BACKOFF_MS;
        for (int attempt = 1;; attempt++) {
            try {
                ingestion.ingest(message);
                return;
            } catch (InvalidArticleException e) {
                reject(e);
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    LOG.errorf(e, "Could not store article %s after %d attempts", message.articleId(), attempt);
                    throw e;
                }
                LOG.warnf("Storing article %s failed (attempt %d of %d), retrying: %s", message.articleId(), attempt,
                        MAX_ATTEMPTS, e.getMessage());
                Thread.sleep(backoffMs);
                backoffMs *= 2;
            }
        }
    }

    private void reject(InvalidArticleException e) {
        registry.counter("timeline.articles.rejected").increment();
        LOG.warnf("Rejecting article-events record: %s", e.getMessage());
    }

    private ArticleEventsMessage parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidArticleException("empty record value");
        }
        try {
            return mapper.readValue(payload, ArticleEventsMessage.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("unparseable JSON: " + e.getOriginalMessage());
        }
    }
}

package news.timeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.contract.ArticleMessage;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.messaging.ArticlePublisher;
import news.timeline.ingest.messaging.KafkaBusyException;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Accepts articles: validates them and answers only once Kafka has them, so an accepted article is not lost.
 * <p>
 * Back-pressure: a request is first admitted by {@link IngestLoad} (else 429, nothing sent), and each article takes
 * one of its pending slots; each article then waits for one of the publisher's in-flight slots, so a large batch
 * goes out at the pace Kafka acknowledges. An article Kafka did not take in time is answered 503 on its own; the
 * other articles keep their answers.
 */
@ApplicationScoped
public class ArticleService {

    private static final String UNAVAILABLE = "Kafka unavailable";

    private final ArticleRequestParser parser;
    private final ArticleNormalizer normalizer;
    private final ArticlePublisher publisher;
    private final IngestLoad load;
    private final IngestConfig config;

    public ArticleService(ArticleRequestParser parser, ArticleNormalizer normalizer, ArticlePublisher publisher,
            IngestLoad load, IngestConfig config) {
        this.parser = parser;
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.load = load;
        this.config = config;
    }

    /** @return the accepted article's id */
    public String ingest(InputStream json) {
        BoundedBody body = new BoundedBody(json, config.maxBodyBytes());
        try (IngestLoad.Admission admission = load.admit(1)) {
            return send(normalizer.normalize(parser.parse(body)), admission);
        } finally {
            body.drain();
        }
    }

    /**
     * One article that comes from inside the service (a feed's item) rather than a request body: the same checks,
     * the same admission and the same wait for Kafka's acknowledgement as a posted one.
     *
     * @return the accepted article's id
     */
    public String ingest(ArticleRequest request) {
        try (IngestLoad.Admission admission = load.admit(1)) {
            return send(normalizer.normalize(request), admission);
        }
    }

    private String send(ArticleMessage article, IngestLoad.Admission admission) {
        CompletableFuture<Void> send;
        try {
            send = publisher.publish(article, config.sendTimeout());
        } catch (KafkaBusyException e) {
            throw new KafkaUnavailableException(notSent(e), e);
        }
        admission.releaseWhenDone(send);
        await(send, System.nanoTime() + config.sendTimeout().toNanos());
        return article.id();
    }

    /**
     * Every item gets its own answer: one bad line does not reject the good ones, and one article Kafka did not take
     * in time does not take back the ones it acknowledged. Items are read from the body, validated and sent one at a
     * time, so neither the body nor its articles are ever held whole; only a small answer per item is kept.
     * <p>
     * The request is admitted first (else 429, nothing read); each valid item then takes a pending-article slot.
     * When none is free for the first valid item, the whole request is answered 429, nothing of it having been sent;
     * when none is free later, that item and the valid ones after it are answered 429 each, not sent.
     */
    public List<IngestResult> ingestBatch(InputStream items) {
        BoundedBody body = new BoundedBody(items, config.maxBodyBytes());
        try (IngestLoad.Admission admission = load.admit(0);
                ArticleRequestParser.Batch batch = parser.readBatch(body, config.maxBatchItems())) {
            List<IngestResult> results = new ArrayList<>();
            List<Sent> sent = new ArrayList<>();
            Refusal notSent = null; // why the rest is not sent, once Kafka or the pending bound stops taking articles
            for (BatchItem item = batch.next(); item != null; item = batch.next()) {
                ArticleMessage article;
                try {
                    if (item.error() != null) {
                        throw item.error();
                    }
                    article = normalizer.normalize(item.request());
                } catch (ArticleRejectedException e) {
                    if (item.ending() && results.isEmpty()) {
                        throw e; // nothing was read before: the body as a whole is what is wrong
                    }
                    results.add(new IngestResult(item.index(), item.line(), null, e.status(), e.title(),
                            e.getMessage()));
                    if (item.ending()) {
                        break;
                    }
                    continue;
                }
                if (notSent == null && !admission.admitOne()) {
                    if (sent.isEmpty()) {
                        throw new IngestSaturatedException(load.pendingFull(1) + "; nothing of this request was sent");
                    }
                    notSent = new Refusal(429, "Ingest saturated", load.pendingFull(1) + "; this article and the "
                            + "later ones of the batch were not sent: retry them after Retry-After");
                }
                if (notSent == null) {
                    try {
                        CompletableFuture<Void> send = publisher.publish(article, config.sendTimeout());
                        admission.releaseWhenDone(send);
                        // Only the id is kept: the article itself is Kafka's to hold until acknowledged.
                        sent.add(new Sent(results.size(), item.index(), item.line(), article.id(), send,
                                System.nanoTime()));
                        results.add(null);
                        continue;
                    } catch (KafkaBusyException e) {
                        admission.release();
                        notSent = new Refusal(503, UNAVAILABLE, notSent(e));
                    }
                }
                // Kafka or the pending bound stopped taking articles: the rest of the batch is not sent, each says so.
                results.add(new IngestResult(item.index(), item.line(), article.id(), notSent.status(),
                        notSent.title(), notSent.detail()));
            }
            if (results.isEmpty()) {
                throw ArticleRejectedException.invalid("The batch holds no article");
            }
            for (Sent s : sent) {
                results.set(s.position(), answer(s));
            }
            return results;
        } finally {
            body.drain();
        }
    }

    /** Why the articles of a batch from one on are not sent. */
    private record Refusal(int status, String title, String detail) {
    }

    /** An article handed to Kafka, waiting for its acknowledgement; its answer goes to {@code position}. */
    private record Sent(int position, int index, int line, String id, CompletableFuture<Void> send, long sentAt) {
    }

    private IngestResult answer(Sent s) {
        try {
            await(s.send(), s.sentAt() + config.sendTimeout().toNanos());
            return new IngestResult(s.index(), s.line(), s.id(), 202, "Accepted", null);
        } catch (KafkaUnavailableException e) {
            return new IngestResult(s.index(), s.line(), s.id(), 503, UNAVAILABLE, e.getMessage());
        }
    }

    private String notSent(KafkaBusyException e) {
        return "Not sent: " + e.getMessage() + "; retry later (the article id is stable)";
    }

    private void await(CompletableFuture<Void> send, long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while waiting for Kafka", e);
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the article within "
                    + readable(config.sendTimeout()) + "; retry later (the article id is stable)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new KafkaUnavailableException("Kafka did not take the article (" + reason
                    + "); retry later (the article id is stable)", e);
        }
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}

package news.timeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.messaging.ArticleMessage;
import news.timeline.ingest.messaging.ArticlePublisher;
import news.timeline.ingest.messaging.KafkaBusyException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Accepts articles: validates them and answers only once Kafka has them, so an accepted article is not lost.
 * <p>
 * Back-pressure: a request is first admitted whole by {@link IngestLoad} (else 429, nothing sent); each article then
 * waits for one of the publisher's in-flight slots, so a large batch goes out at the pace Kafka acknowledges. An
 * article Kafka did not take in time is answered 503 on its own; the other articles keep their answers.
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
    public String ingest(String json) {
        try (IngestLoad.Admission admission = load.admit(1)) {
            ArticleMessage article = normalizer.normalize(parser.parse(json));
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
    }

    /**
     * Every item gets its own answer: one bad line does not reject the good ones, and one article Kafka did not take
     * in time does not take back the ones it acknowledged. Items are parsed, validated and sent one at a time.
     */
    public List<IngestResult> ingestBatch(String body) {
        ArticleRequestParser.Batch batch = parser.readBatch(body);
        if (batch.size() == 0) {
            throw ArticleRejectedException.invalid("The batch holds no article");
        }
        if (batch.size() > config.maxBatchItems()) {
            throw ArticleRejectedException.tooLarge("The batch holds " + batch.size() + " articles; the limit is "
                    + config.maxBatchItems());
        }
        try (IngestLoad.Admission admission = load.admit(batch.size())) {
            IngestResult[] results = new IngestResult[batch.size()];
            List<Sent> sent = new ArrayList<>();
            String stalled = null;
            for (BatchItem item : batch) {
                ArticleMessage article;
                try {
                    if (item.error() != null) {
                        throw item.error();
                    }
                    article = normalizer.normalize(item.request());
                } catch (ArticleRejectedException e) {
                    results[item.index()] = new IngestResult(item.index(), item.line(), null, e.status(), e.title(),
                            e.getMessage());
                    admission.release();
                    continue;
                }
                if (stalled == null) {
                    try {
                        CompletableFuture<Void> send = publisher.publish(article, config.sendTimeout());
                        admission.releaseWhenDone(send);
                        // Only the id is kept: the article itself is Kafka's to hold until acknowledged.
                        sent.add(new Sent(item.index(), item.line(), article.id(), send, System.nanoTime()));
                        continue;
                    } catch (KafkaBusyException e) {
                        stalled = notSent(e);
                    }
                }
                // Kafka stopped taking articles: the rest of the batch is not sent, and each says so.
                results[item.index()] = new IngestResult(item.index(), item.line(), article.id(), 503, UNAVAILABLE,
                        stalled);
                admission.release();
            }
            for (Sent s : sent) {
                results[s.index()] = answer(s);
            }
            return Arrays.asList(results);
        }
    }

    /** An article handed to Kafka, waiting for its acknowledgement. */
    private record Sent(int index, int line, String id, CompletableFuture<Void> send, long sentAt) {
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

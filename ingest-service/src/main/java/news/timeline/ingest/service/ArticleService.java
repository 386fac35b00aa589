package news.timeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.messaging.ArticleMessage;
import news.timeline.ingest.messaging.ArticlePublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Accepts articles: validates them and answers only once Kafka has them, so an accepted article is not lost. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRequestParser parser;
    private final ArticleNormalizer normalizer;
    private final ArticlePublisher publisher;
    private final IngestConfig config;

    public ArticleService(ArticleRequestParser parser, ArticleNormalizer normalizer, ArticlePublisher publisher,
            IngestConfig config) {
        this.parser = parser;
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.config = config;
    }

    /** @return the accepted article's id */
    public String ingest(String json) {
        ArticleMessage article = normalizer.normalize(parser.parse(json));
        await(publisher.publish(article).toCompletableFuture());
        return article.id();
    }

    /** Every item gets its own answer: one bad line does not reject the good ones. */
    public List<IngestResult> ingestBatch(String body) {
        List<BatchItem> items = parser.parseBatch(body);
        if (items.isEmpty()) {
            throw ArticleRejectedException.invalid("The batch holds no article");
        }
        if (items.size() > config.maxBatchItems()) {
            throw ArticleRejectedException.tooLarge("The batch holds " + items.size() + " articles; the limit is "
                    + config.maxBatchItems());
        }
        List<IngestResult> results = new ArrayList<>(items.size());
        List<CompletableFuture<Void>> sends = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            ArticleRejectedException error = item.error();
            if (error == null) {
                try {
                    ArticleMessage article = normalizer.normalize(item.request());
                    sends.add(publisher.publish(article).toCompletableFuture());
                    results.add(new IngestResult(item.index(), item.line(), article.id(), 202, "Accepted", null));
                    continue;
                } catch (ArticleRejectedException e) {
                    error = e;
                }
            }
            results.add(new IngestResult(item.index(), item.line(), null, error.status(), error.title(),
                    error.getMessage()));
            sends.add(null);
        }
        return awaitEach(results, sends);
    }

    private List<IngestResult> awaitEach(List<IngestResult> results, List<CompletableFuture<Void>> sends) {
        List<IngestResult> answered = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            IngestResult result = results.get(i);
            CompletableFuture<Void> send = sends.get(i);
            if (send == null) {
                answered.add(result);
                continue;
            }
            try {
                await(send);
                answered.add(result);
            } catch (KafkaUnavailableException e) {
                answered.add(new IngestResult(result.index(), result.line(), result.id(), 503, "Kafka unavailable",
                        e.getMessage()));
            }
        }
        return answered;
    }

    private void await(CompletableFuture<Void> send) {
        try {
            send.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the article within "
                    + config.sendTimeout().toSeconds() + " s; retry later (the article id is stable)", e);
        }
    }
}

package news.timeline.timeline.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.ContractViolation;
import news.timeline.contract.MessageReader;
import news.timeline.timeline.health.StoreFailures;
import news.timeline.timeline.health.StoreProbe;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.merge.InvalidArticleException;

/**
 * Feeds topic {@code article-events} into the timeline a poll at a time: the valid records of a poll are stored in
 * one transaction (one commit for many articles), and the poll is acknowledged, so its offsets committed, only after
 * that.
 * <p>
 * Failures are told apart ({@link StoreFailures}). A record the store cannot hold (unparseable, of a schema version
 * this service does not read, without a required field, invalid, refused by the database) goes to
 * {@code articles-dlq} at once with the reason in its headers, and the others go on: when a poll's transaction is
 * refused, its records are stored one by one to find the bad one. While the database is unreachable nothing is
 * dead-lettered: this thread waits with a growing backoff and tries the same records again, however long it takes,
 * and readiness reports the pause. The connector keeps polling (paused partitions) while
 * this thread waits, so the consumer stays in its group; offsets after the waiting records are never committed.
 */
@ApplicationScoped
public class ArticleEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEventsConsumer.class);
    private static final String DATABASE_DOWN = "database unreachable";

    private final ObjectMapper mapper;
    private final ArticleIngestionService ingestion;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;
    private final Waiting waiting;
    private final StoreProbe probe;

    public ArticleEventsConsumer(ObjectMapper mapper, ArticleIngestionService ingestion, MeterRegistry registry,
            DeadLetters deadLetters, Waiting waiting, StoreProbe probe) {
        this.mapper = mapper;
        this.ingestion = ingestion;
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.waiting = waiting;
        this.probe = probe;
    }

    private record Parsed(ConsumerRecord<String, String> record, ArticleEventsMessage message) {
    }

    @Incoming("article-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Parsed> valid = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                ArticleEventsMessage message = parse(record.value());
                ArticleIngestionService.check(message);
                StorableFields.check(message);
                valid.add(new Parsed(record, message));
            } catch (InvalidArticleException e) {
                registry.counter("timeline.articles.rejected").increment();
                deadLetters.send(record, e.getMessage(), 0);
            }
        }
        if (!valid.isEmpty()) {
            storeBatch(valid);
        }
    }

    /** The whole poll in one transaction; retried while the database is away, split up when it refuses. */
    private void storeBatch(List<Parsed> batch) throws InterruptedException {
        Backoff backoff = waiting.backoff();
        while (true) {
            try {
                Timer.Sample stored = Timer.start(registry);
                ingestion.ingestAll(batch.stream().map(Parsed::message).toList());
                stored.stop(registry.timer("timeline.batches.store"));
                registry.counter("timeline.batches.stored").increment();
                waiting.over();
                return;
            } catch (RuntimeException e) {
                switch (kindOf(e)) {
                    case UNAVAILABLE -> waiting.pause(DATABASE_DOWN, backoff, e);
                    case CONFLICT -> waiting.pauseAfterConflict(backoff);
                    default -> {
                        LOG.warnf("A batch of %d articles was refused (%s); storing them one by one", batch.size(),
                                StoreFailures.refusal(e));
                        for (Parsed parsed : batch) {
                            storeOne(parsed);
                        }
                        return;
                    }
                }
            }
        }
    }

    /**
     * One record in its own transaction. A refusal dead-letters it at once; a failure of no known kind while the
     * database answers is given one more try, then dead-lettered.
     */
    private void storeOne(Parsed parsed) throws InterruptedException {
        Backoff backoff = waiting.backoff();
        boolean triedAgain = false;
        while (true) {
            try {
                ingestion.ingest(parsed.message());
                waiting.over();
                return;
            } catch (InvalidArticleException e) {
                registry.counter("timeline.articles.rejected").increment();
                deadLetters.send(parsed.record(), e.getMessage(), backoff.retries());
                return;
            } catch (RuntimeException e) {
                switch (kindOf(e)) {
                    case UNAVAILABLE -> waiting.pause(DATABASE_DOWN, backoff, e);
                    case CONFLICT -> waiting.pauseAfterConflict(backoff);
                    case REFUSED -> {
                        registry.counter("timeline.articles.refused").increment();
                        deadLetters.send(parsed.record(), "the database refused the article: "
                                + StoreFailures.refusal(e), backoff.retries());
                        return;
                    }
                    case UNKNOWN -> {
                        if (!triedAgain) {
                            LOG.warnf(e, "Storing article %s failed; trying it once more", parsed.message().articleId());
                            triedAgain = true;
                            backoff.next();
                        } else {
                            LOG.errorf(e, "Could not store article %s", parsed.message().articleId());
                            deadLetters.send(parsed.record(), "storing failed twice while the database answered: "
                                    + StoreFailures.refusal(e), backoff.retries());
                            return;
                        }
                    }
                }
            }
        }
    }

    /** An unexplained failure while the database does not answer is the database's. */
    private StoreFailures.Kind kindOf(RuntimeException e) {
        waiting.checkRunning();
        StoreFailures.Kind kind = StoreFailures.classify(e);
        return kind == StoreFailures.Kind.UNKNOWN && !probe.reachable() ? StoreFailures.Kind.UNAVAILABLE : kind;
    }

    /** By the contract: a record of another major schema version or without a required field is refused. */
    private ArticleEventsMessage parse(String payload) {
        try {
            return MessageReader.read(mapper, payload, ArticleEventsMessage.class);
        } catch (ContractViolation e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }
}

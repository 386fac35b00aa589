package news.timeline.timeline.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.merge.InvalidArticleException;

/**
 * Feeds topic {@code article-events} into the timeline a poll at a time: the valid records of a poll are stored in
 * one transaction (one commit for many articles), and the offsets are acknowledged only after it committed. A
 * record that cannot be stored goes to {@code articles-dlq} with the reason in its headers, and the others go on:
 * when the batch fails, its records are stored one by one, so a bad one is found and set aside.
 */
@ApplicationScoped
public class ArticleEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEventsConsumer.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final long INITIAL_BACKOFF_MS = 500;
    private static final long DEAD_LETTER_TIMEOUT_S = 60;

    private final ObjectMapper mapper;
    private final ArticleIngestionService ingestion;
    private final MeterRegistry registry;
    private final Emitter<String> deadLetters;

    public ArticleEventsConsumer(ObjectMapper mapper, ArticleIngestionService ingestion, MeterRegistry registry,
            @Channel("articles-dlq") Emitter<String> deadLetters) {
        this.mapper = mapper;
        this.ingestion = ingestion;
        this.registry = registry;
        this.deadLetters = deadLetters;
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
                valid.add(new Parsed(record, message));
            } catch (InvalidArticleException e) {
                deadLetter(record, e);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        try {
            ingestion.ingestAll(valid.stream().map(Parsed::message).toList());
            registry.counter("timeline.batches.stored").increment();
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d articles failed (%s); storing them one by one", valid.size(), e.getMessage());
            for (Parsed parsed : valid) {
                storeRetryingTransientFailures(parsed);
            }
        }
    }

    /**
     * A bad message fails at once; anything else (the database restarting, a lock timeout, a concurrent update) is
     * retried a bounded number of times before the record is dead-lettered.
     */
    private void storeRetryingTransientFailures(Parsed parsed) throws InterruptedException {
        long backoffMs = INITIAL_BACKOFF_MS;
        for (int attempt = 1;; attempt++) {
            try {
                ingestion.ingest(parsed.message());
                return;
            } catch (InvalidArticleException e) {
                deadLetter(parsed.record(), e);
                return;
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || refusedData(e)) {
                    LOG.errorf(e, "Could not store article %s after %d attempts", parsed.message().articleId(), attempt);
                    deadLetter(parsed.record(), e);
                    return;
                }
                LOG.warnf("Storing article %s failed (attempt %d of %d), retrying: %s", parsed.message().articleId(),
                        attempt, MAX_ATTEMPTS, e.getMessage());
                Thread.sleep(backoffMs);
                backoffMs *= 2;
            }
        }
    }

    /** The database refused the values themselves (SQL states 22 and 23): retrying cannot help. */
    private static boolean refusedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** Sends the record as it came, with why and where from, and waits until the broker has it. */
    private void deadLetter(ConsumerRecord<String, String> record, Exception reason) throws InterruptedException {
        if (reason instanceof InvalidArticleException) {
            registry.counter("timeline.articles.rejected").increment();
            LOG.warnf("Rejecting article-events record: %s", reason.getMessage());
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(reason.getMessage()));
        if (reason.getCause() != null) {
            headers.add("dead-letter-cause", bytes(reason.getCause().getMessage()));
        }
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(String.valueOf(record.partition())));
        headers.add("dead-letter-offset", bytes(String.valueOf(record.offset())));
        CompletableFuture<Void> sent = new CompletableFuture<>();
        deadLetters.send(Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers)
                        .build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    sent.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        try {
            sent.get(DEAD_LETTER_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Not acknowledging the batch makes Kafka redeliver the record: it is never silently dropped.
            throw new IllegalStateException("Could not dead-letter record at offset " + record.offset(), e);
        }
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
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

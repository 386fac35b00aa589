package news.timeline.timeline.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import news.timeline.contract.DeadLetterHeaders;

/**
 * Sends a record that cannot be stored to {@code articles-dlq}, as it came, with why and where from in its headers.
 * A dead letter is never dropped: while the broker refuses it, sending waits and tries again (the consumer meanwhile
 * makes no progress, so no offset after the record is committed).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Longer than the producer's own delivery timeout (two minutes), which fails a send the broker never took. */
    private static final long SEND_TIMEOUT_S = 150;

    private final Emitter<String> topic;
    private final MeterRegistry registry;
    private final Waiting waiting;

    public DeadLetters(@Channel("articles-dlq") Emitter<String> topic, MeterRegistry registry, Waiting waiting) {
        this.topic = topic;
        this.registry = registry;
        this.waiting = waiting;
    }

    /**
     * @param reason  why the record cannot be stored, in words fit for an operator
     * @param retries how many times storing it was retried before giving up on it (0: refused at once)
     */
    public void send(ConsumerRecord<String, String> record, String reason, int retries) throws InterruptedException {
        LOG.warnf("Dead-lettering article-events record %s-%d@%d (key %s): %s", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, bytes(reason));
        headers.add(DeadLetterHeaders.RETRIES, bytes(String.valueOf(retries)));
        headers.add(DeadLetterHeaders.TOPIC, bytes(record.topic()));
        headers.add(DeadLetterHeaders.PARTITION, bytes(String.valueOf(record.partition())));
        headers.add(DeadLetterHeaders.OFFSET, bytes(String.valueOf(record.offset())));
        Backoff backoff = waiting.backoff();
        while (true) {
            try {
                sendOnce(record, headers);
                registry.counter("timeline.articles.dead.lettered").increment();
                waiting.over();
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                waiting.pause("dead-letter topic unreachable", backoff, e);
            }
        }
    }

    private void sendOnce(ConsumerRecord<String, String> record, RecordHeaders headers)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        topic.send(Message.of(record.value())
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
        sent.get(SEND_TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}

package news.timeline.ingest.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.contract.ArticleMessage;
import news.timeline.ingest.config.IngestConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends articles to the {@code articles} topic, keyed by article id so that one article keeps one partition.
 * <p>
 * The emitter throws ("SRMSG00034: Insufficient downstream requests") when more messages are sent than the Kafka
 * sink has asked for ({@code max-inflight-messages}) plus the emitter's small buffer. So every send first takes one
 * of {@code ingest.max-in-flight} slots, never more than the channel's {@code max-inflight-messages}, and gives it
 * back when the broker acknowledges or refuses the record: a sender that finds no free slot waits, which slows a
 * fast client down to the pace of Kafka instead of failing it halfway.
 */
@Startup
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final Emitter<ArticleMessage> emitter;
    private final Semaphore inFlight;
    private final int slots;

    public ArticlePublisher(@Channel("articles") Emitter<ArticleMessage> emitter, IngestConfig config,
            @ConfigProperty(name = "mp.messaging.outgoing.articles.max-inflight-messages", defaultValue = "5")
            int channelInFlight, MeterRegistry registry) {
        this.emitter = emitter;
        // 0 means unlimited for the channel; otherwise never promise more than the sink will request.
        this.slots = Math.max(1, channelInFlight > 0 ? Math.min(config.maxInFlight(), channelInFlight)
                : config.maxInFlight());
        if (slots < config.maxInFlight()) {
            LOG.warnf("ingest.max-in-flight=%d is above the articles channel's max-inflight-messages=%d; using %d",
                    config.maxInFlight(), channelInFlight, slots);
        }
        this.inFlight = new Semaphore(slots, true);
        Gauge.builder("ingest.kafka.in.flight", inFlight, s -> slots - s.availablePermits())
                .description("Articles sent to the Kafka producer and not yet acknowledged").register(registry);
    }

    /**
     * Sends one article once an in-flight slot is free.
     *
     * @param maxWait how long to wait for a free slot
     * @return completes when the broker has acknowledged the record (acks=all), exceptionally when it could not
     * @throws KafkaBusyException when no slot came free within {@code maxWait}; the article was not sent
     */
    public CompletableFuture<Void> publish(ArticleMessage article, Duration maxWait) throws KafkaBusyException {
        try {
            if (!inFlight.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new KafkaBusyException("Kafka acknowledged none of the " + slots
                        + " articles in flight within " + readable(maxWait));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaBusyException("Interrupted while waiting for Kafka");
        }
        AtomicBoolean slotHeld = new AtomicBoolean(true);
        Runnable freeSlot = () -> {
            if (slotHeld.getAndSet(false)) {
                inFlight.release();
            }
        };
        CompletableFuture<Void> sent = new CompletableFuture<>();
        Message<ArticleMessage> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                .withAck(() -> {
                    freeSlot.run();
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    freeSlot.run();
                    sent.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // The channel is not ready or refused the message: nothing went to Kafka.
            freeSlot.run();
            sent.completeExceptionally(e);
        }
        return sent;
    }

    /** Articles sent and not yet acknowledged. */
    public int inFlight() {
        return slots - inFlight.availablePermits();
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}

package news.timeline.ingest.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import news.timeline.ingest.config.IngestConfig;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control over the whole service: at most {@code ingest.max-concurrent-requests} ingest requests at once,
 * and at most {@code ingest.max-pending-items} articles admitted and not yet answered by Kafka. A request is admitted
 * before any of its articles is read, and a refused one has sent nothing; a batch then admits its articles one by one
 * as it reads them.
 */
@Startup // checks its bounds, and shows its gauges, from the start
@ApplicationScoped
public class IngestLoad {

    private final Semaphore requests;
    private final Semaphore pendingItems;
    private final int maxRequests;
    private final int maxPendingItems;

    public IngestLoad(IngestConfig config, MeterRegistry registry) {
        if (config.maxConcurrentRequests() < 1) {
            throw new IllegalStateException("ingest.max-concurrent-requests must be at least 1");
        }
        this.maxRequests = config.maxConcurrentRequests();
        this.maxPendingItems = config.maxPendingItems();
        this.requests = new Semaphore(maxRequests);
        this.pendingItems = new Semaphore(maxPendingItems);
        Gauge.builder("ingest.requests.active", requests, s -> maxRequests - s.availablePermits())
                .description("Ingest requests being served").register(registry);
        Gauge.builder("ingest.items.pending", pendingItems, s -> maxPendingItems - s.availablePermits())
                .description("Articles admitted and not yet answered by Kafka").register(registry);
    }

    /**
     * Admits a request of {@code items} articles, or refuses it whole.
     *
     * @throws IngestSaturatedException when too many requests are being served or too many articles wait for Kafka
     */
    public Admission admit(int items) {
        if (!requests.tryAcquire()) {
            throw new IngestSaturatedException("The ingest service is serving " + maxRequests
                    + " requests already (ingest.max-concurrent-requests); nothing of this request was sent");
        }
        if (!pendingItems.tryAcquire(items)) {
            requests.release();
            throw new IngestSaturatedException(pendingFull(items) + "; nothing of this request was sent");
        }
        return new Admission(items);
    }

    /** Why {@code items} more articles cannot be admitted now. */
    public String pendingFull(int items) {
        return "Too many articles are waiting for Kafka (ingest.max-pending-items=" + maxPendingItems + ", "
                + pendingItems.availablePermits() + " free, " + items + " asked for)";
    }

    /** Articles admitted and not yet answered by Kafka. */
    public int pendingItems() {
        return maxPendingItems - pendingItems.availablePermits();
    }

    /** Requests admitted and not yet answered. */
    public int activeRequests() {
        return maxRequests - requests.availablePermits();
    }

    /**
     * One admitted request and the article slots it holds. Each slot is given back once: now, for an article that is
     * rejected or not sent ({@link #release()}), or when Kafka answers, for a sent one ({@link #releaseWhenDone}).
     * Closing gives back the request and every slot not yet accounted for.
     */
    public final class Admission implements AutoCloseable {

        private final AtomicInteger held;
        private boolean closed;

        private Admission(int items) {
            this.held = new AtomicInteger(items);
        }

        /** Admits one more article of this request; false when the pending bound leaves no slot for it. */
        public boolean admitOne() {
            if (!pendingItems.tryAcquire()) {
                return false;
            }
            held.incrementAndGet();
            return true;
        }

        /** An article that will not go to Kafka: its slot is free again. */
        public void release() {
            if (take()) {
                pendingItems.release();
            }
        }

        /** An article handed to Kafka: its slot stays taken until Kafka has answered, even if nobody waits for it. */
        public void releaseWhenDone(CompletionStage<?> send) {
            if (take()) {
                send.whenComplete((ignored, failure) -> pendingItems.release());
            }
        }

        private boolean take() {
            return held.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            int rest = held.getAndSet(0);
            if (rest > 0) {
                pendingItems.release(rest);
            }
            requests.release();
        }
    }
}

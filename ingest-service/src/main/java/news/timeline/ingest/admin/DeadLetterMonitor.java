package news.timeline.ingest.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Counts the dead letters every ingest.dlq.check-interval, off the request path: the gauge
 * {@code ingest_dlq_records} and the {@code dead-letters} health check show the last count, and a warning is logged
 * each time the topic has grown.
 */
@ApplicationScoped
public class DeadLetterMonitor {

    private static final Logger LOG = Logger.getLogger(DeadLetterMonitor.class);

    /** The last count, and when it was taken; {@code count} is -1 until Kafka first answered. */
    public record Count(long count, Instant at) {
    }

    private final DeadLetterStore store;
    private final DeadLetterConfig config;
    private volatile Count last = new Count(-1, null);
    private ScheduledExecutorService timer;

    public DeadLetterMonitor(DeadLetterStore store, DeadLetterConfig config, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        Gauge.builder("ingest.dlq.records", this, m -> m.last.count())
                .description("Records in the dead-letter topic at the last count (-1: not counted yet)")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dlq-monitor");
            t.setDaemon(true);
            return t;
        });
        long every = config.checkInterval().toMillis();
        timer.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Counts now; keeps the previous count when Kafka does not answer. */
    public Count check() {
        try {
            long count = store.count();
            long before = last.count();
            last = new Count(count, Instant.now());
            if (before >= 0 && count > before) {
                LOG.warnf("%s grew from %d to %d records: see ./timeline dlq list (GET /api/admin/dlq)",
                        config.topic(), before, count);
            } else if (before < 0 && count > 0) {
                LOG.warnf("%s holds %d records: see ./timeline dlq list (GET /api/admin/dlq)", config.topic(), count);
            }
        } catch (RuntimeException e) {
            LOG.debugf("Could not count %s: %s", config.topic(), e.getClass().getSimpleName());
        }
        return last;
    }

    public Count last() {
        return last;
    }
}

package news.timeline.timeline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import news.timeline.timeline.health.StoreOutage;

/**
 * How a consumer thread waits out an unreachable dependency: it marks the outage for readiness, sleeps its backoff
 * and tries again, for as long as the outage lasts. Only shutting down ends the wait, without acknowledging, so the
 * records are delivered again after a restart.
 */
@ApplicationScoped
public class Waiting {

    private static final Logger LOG = Logger.getLogger(Waiting.class);

    private final RetryConfig config;
    private final StoreOutage outage;
    private volatile boolean stopping;

    public Waiting(RetryConfig config, StoreOutage outage) {
        this.config = config;
        this.outage = outage;
    }

    Backoff backoff() {
        return new Backoff(config);
    }

    /** Marks the outage and sleeps the next wait of the backoff. */
    void pause(String reason, Backoff backoff, Throwable cause) throws InterruptedException {
        if (stopping) {
            throw new IllegalStateException("Shutting down while waiting: " + reason);
        }
        outage.begin(reason);
        long waitMs = backoff.next().toMillis();
        LOG.warnf("%s (%s); retry %d in %d ms", reason, cause.getClass().getSimpleName(), backoff.retries(), waitMs);
        Thread.sleep(waitMs);
    }

    /** A short wait after a lost race, which is no outage. */
    void pauseAfterConflict(Backoff backoff) throws InterruptedException {
        if (stopping) {
            throw new IllegalStateException("Shutting down while retrying a conflict");
        }
        Thread.sleep(backoff.next().toMillis());
    }

    /**
     * Called before giving up on a record: a failure while shutting down (the store closing under the consumer)
     * says nothing about the record, so it is left for the next start, never dead-lettered.
     */
    void checkRunning() {
        if (stopping) {
            throw new IllegalStateException("Shutting down; the record is delivered again after a restart");
        }
    }

    /** The dependency answered again. */
    void over() {
        outage.end();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}

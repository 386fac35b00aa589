package news.timeline.timeline.stream;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/** A task run on a daemon thread of its own, a fixed delay after each run ends; a failed run does not stop it. */
final class Periodic implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Periodic.class);

    private final ScheduledExecutorService timer;

    Periodic(String name, Duration every, Runnable task) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // The database or the broker away: the next run tries again; readiness reports the outage.
                LOG.debugf(e, "%s: run failed", name);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

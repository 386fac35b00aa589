package news.timeline.timeline.stream;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A task run on a daemon thread of its own, {@code every} after each run ends. A failed run (the database or the
 * broker away) does not stop it; the next waits twice as long, up to {@link #MAX_PAUSE}, so that an outage costs a few
 * attempts a minute rather than several a second.
 */
final class Periodic implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Periodic.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final ScheduledExecutorService timer;
    private final String name;
    private final Duration every;
    private final Runnable task;
    private Duration pause;

    Periodic(String name, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
        this.pause = every;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.execute(this::run);
    }

    private void run() {
        try {
            task.run();
            pause = every;
        } catch (RuntimeException e) {
            LOG.debugf(e, "%s: run failed", name);
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
        try {
            timer.schedule(this::run, pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed: the service is stopping
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.stream.Collectors;

import news.timeline.loadtest.support.Pipeline;
import news.timeline.loadtest.support.ServiceProcess;

/** Waiting, bounded, for the pipeline to have nothing left to do. */
final class Settled {

    private Settled() {
    }

    /**
     * Waits until at least {@code articles} articles are stored and both consumer groups have committed up to the end
     * of their topics (twice in a row, a second apart); or until both caught up and nothing more was stored for 30 s
     * (then what is missing is lost, not slow, and the caller's assertions tell what). Fails after {@code timeout}.
     */
    static void await(Pipeline p, long articles, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quiet = 0;
        long lastStored = -1;
        long lastChange = System.nanoTime();
        try (LagSampler lag = new LagSampler(p.bootstrap())) {
            while (quiet < 2) {
                long stored = p.count("select count(*) from article");
                long lagArticles = lag.lag("extract-service", "articles");
                long lagEvents = lag.lag("timeline-service", "article-events");
                boolean caughtUp = lagArticles == 0 && lagEvents == 0;
                quiet = stored >= articles && caughtUp ? quiet + 1 : 0;
                if (stored != lastStored) {
                    lastStored = stored;
                    lastChange = System.nanoTime();
                } else if (caughtUp && System.nanoTime() - lastChange > Duration.ofSeconds(30).toNanos()) {
                    return;
                }
                if (System.nanoTime() >= deadline) {
                    fail("not settled within %s: %d of %d stored, lag %d / %d; %s; %s; services: %s", timeout, stored,
                            articles, lagArticles, lagEvents, lag.behind("extract-service", "articles"),
                            lag.behind("timeline-service", "article-events"), p.services().stream()
                                    .map(ServiceProcess::diagnosis).collect(Collectors.joining(" || ")));
                }
                Thread.sleep(1000);
            }
        }
    }
}

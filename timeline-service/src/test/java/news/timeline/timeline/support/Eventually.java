package news.timeline.timeline.support;

import java.time.Duration;

/**
 * Retries an assertion until it holds or a deadline passes (for effects of asynchronously consumed records).
 */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long PAUSE_MS = 200;

    private Eventually() {
    }

    public static void assertThat(Runnable assertion) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}

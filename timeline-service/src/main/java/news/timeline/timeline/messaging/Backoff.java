package news.timeline.timeline.messaging;

import java.time.Duration;

/** Exponential waits for one piece of work: doubling from the first to the cap, then staying there. */
final class Backoff {

    private final long maxMs;
    private long nextMs;
    private int retries;

    Backoff(RetryConfig config) {
        this.nextMs = Math.max(1, config.initialBackoff().toMillis());
        this.maxMs = Math.max(nextMs, config.maxBackoff().toMillis());
    }

    /** The wait before the next attempt; counts it as a retry. */
    Duration next() {
        long wait = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        retries++;
        return Duration.ofMillis(wait);
    }

    /** How many retries were made so far. */
    int retries() {
        return retries;
    }
}

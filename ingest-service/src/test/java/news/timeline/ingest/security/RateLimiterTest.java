package news.timeline.ingest.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token bucket on a clock the test moves. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstIsGrantedThenTheWaitUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(2, 3, nanos::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1); // half a second to the next token: rounded up
        assertThat(limiter.acquire("b")).as("each key has its own bucket").isZero();

        nanos.addAndGet(500_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);

        nanos.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).as("refilled up to the burst, not beyond").isZero();
        }
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void aSlowRateAsksForALongWait() {
        RateLimiter limiter = new RateLimiter(0.01, 1, nanos::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(100);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, nanos::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, nanos::get)).isInstanceOf(IllegalArgumentException.class);
    }
}

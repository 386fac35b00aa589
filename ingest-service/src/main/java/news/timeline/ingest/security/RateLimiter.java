package news.timeline.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per API key: a write takes one token; tokens come back at a steady rate up to the burst. */
@ApplicationScoped
public class RateLimiter {

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(SecurityConfig config) {
        this(config.rateLimit().requestsPerSecond(), config.rateLimit().burst(), System::nanoTime);
    }

    RateLimiter(double perSecond, int burst, LongSupplier clock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("ingest.security.rate-limit: requests-per-second must be > 0 and burst >= 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes a token for {@code key}: 0 when granted, else the whole seconds until one is there (at least 1). */
    public long acquire(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, clock.getAsLong())).take();
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take() {
            long now = clock.getAsLong();
            tokens = Math.min(burst, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}

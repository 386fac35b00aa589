package news.timeline.ingest.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Optional;

/** Who may write, and how fast: API keys (as SHA-256 hashes only) and the per-key rate limit. */
@ConfigMapping(prefix = "ingest.security")
public interface SecurityConfig {

    /**
     * The accepted API keys, each as {@code name:hex-sha256} or a bare {@code hex-sha256} of the key. The keys
     * themselves are never configured. Without any, every write is refused.
     */
    @WithName("api-key-hashes")
    Optional<List<String>> apiKeyHashes();

    RateLimit rateLimit();

    /** A token bucket per key: {@code burst} writes at once, refilled at {@code requests-per-second}. */
    interface RateLimit {

        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int burst();
    }
}

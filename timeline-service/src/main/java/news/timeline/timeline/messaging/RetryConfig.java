package news.timeline.timeline.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the consumer waits out a dependency that is down (the database, or the broker refusing a dead letter): it
 * never gives up, it waits longer each time up to a cap.
 */
@ConfigMapping(prefix = "consumer-retry")
public interface RetryConfig {

    /** The first wait after a failure. */
    @WithDefault("1S")
    Duration initialBackoff();

    /** The longest wait between two attempts, however long the outage. */
    @WithDefault("30S")
    Duration maxBackoff();
}

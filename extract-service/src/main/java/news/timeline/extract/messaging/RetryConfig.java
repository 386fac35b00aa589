package news.timeline.extract.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the processor waits out a broker that does not take an article's events: never giving up, up to a cap. */
@ConfigMapping(prefix = "producer-retry")
public interface RetryConfig {

    /** The first wait after a failed send. */
    @WithDefault("1S")
    Duration initialBackoff();

    /** The longest wait between two attempts, however long the outage. */
    @WithDefault("30S")
    Duration maxBackoff();
}

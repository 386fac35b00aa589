package news.timeline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest article text accepted, in bytes of UTF-8. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most articles accepted in one batch request. */
    @WithDefault("10000")
    int maxBatchItems();

    /** How long a request waits for Kafka to acknowledge its articles. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Base URL of the timeline service, for the Location of an accepted article. */
    @WithDefault("http://127.0.0.1:8083")
    String timelineUrl();
}

package news.timeline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest article text accepted, in bytes of UTF-8. */
    @WithDefault("1048576")
    int maxTextBytes();

    /**
     * Most articles read from one batch request; the answer to a longer batch says from which item on nothing was
     * read (a batch is streamed, so its length is known only once its earlier articles are sent).
     */
    @WithDefault("10000")
    int maxBatchItems();

    /**
     * Largest request body, in bytes. It bounds what one request can make the service read; a batch is streamed, so
     * memory does not grow with it. {@code quarkus.http.limits.max-body-size} must stay above it.
     */
    @WithDefault("33554432")
    long maxBodyBytes();

    /**
     * How long one article may wait for Kafka: first for a free in-flight slot, then for the broker's
     * acknowledgement once sent. An article that waits longer is answered 503.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    /**
     * Most articles handed to the Kafka producer and not yet acknowledged, over all requests. A sender waits for a
     * free slot (this is what slows a fast client down); it is also the {@code max-inflight-messages} of the
     * {@code articles} channel, so the emitter never overflows.
     */
    @WithDefault("1024")
    int maxInFlight();

    /**
     * Most articles admitted and not yet answered by Kafka, over all requests. A request whose articles do not fit
     * is answered 429 with Retry-After before any of them is sent.
     */
    @WithDefault("20000")
    int maxPendingItems();

    /** Most ingest requests (single or batch) served at once; one more is answered 429 with Retry-After. */
    @WithDefault("64")
    int maxConcurrentRequests();

    /** The Retry-After given with a 429 (saturated) or a 503 (Kafka did not take the article in time). */
    @WithDefault("5s")
    Duration retryAfter();

    /** Base URL of the timeline service, for the Location of an accepted article. */
    @WithDefault("http://127.0.0.1:8083")
    String timelineUrl();
}

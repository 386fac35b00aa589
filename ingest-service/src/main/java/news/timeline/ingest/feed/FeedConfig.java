package news.timeline.ingest.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Feed subscriptions: where they are kept, how often and how politely they are polled. */
@ConfigMapping(prefix = "ingest.feeds")
public interface FeedConfig {

    /** The compacted topic of subscriptions and their poll state, keyed by feed id. */
    @WithDefault("feeds")
    String topic();

    /** Partitions of the topic when this service creates it; the unit of ownership between instances. */
    @WithDefault("6")
    int partitions();

    /** The consumer group whose partition assignment says which instance polls which feeds. */
    @WithDefault("ingest-feeds")
    String group();

    /** This instance's name in a feed's state ({@code polledBy}); the host name and process id by default. */
    Optional<String> instanceName();

    /** Poll interval of a feed subscribed without one. */
    @WithDefault("15m")
    Duration defaultInterval();

    /** Shortest poll interval a subscription may ask for: feeds are other people's servers. */
    @WithDefault("60s")
    Duration minInterval();

    /** Longest wait after failures (the exponential back-off stops growing there). */
    @WithDefault("6h")
    Duration maxBackoff();

    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest time for one response, headers and body: a slow server cannot hold a poller longer. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Largest feed document or linked page read, in bytes; a larger one is a failed poll. */
    @WithDefault("5242880")
    int maxBodyBytes();

    /** Item fingerprints kept per feed, newest first; also the most items taken from one document. */
    @WithDefault("1000")
    int maxSeenItems();

    /** Most subscriptions; one more is refused. Bounds the memory and the listing. */
    @WithDefault("1000")
    int maxFeeds();

    /** Feeds polled at once by this instance. */
    @WithDefault("2")
    int workers();

    /**
     * Whether feeds and pages may be fetched from loopback, private (RFC 1918, IPv6 unique-local) or link-local
     * addresses. Off by default: the service must not become a way into the network it runs in.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How often the scheduler looks for due feeds and reads the topic. */
    @WithDefault("200ms")
    Duration tick();
}

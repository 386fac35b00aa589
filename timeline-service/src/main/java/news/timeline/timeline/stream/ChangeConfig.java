package news.timeline.timeline.stream;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the change log is read, streamed, relayed to Kafka and pruned. */
@ConfigMapping(prefix = "timeline.changes")
public interface ChangeConfig {

    /** How often the poller reads new changes (one bounded query, shared by every subscriber of this instance). */
    @WithDefault("300ms")
    Duration pollInterval();

    /** Changes read per query, by the poller, a reconnecting client's catch-up and the Kafka relay. */
    @WithDefault("500")
    @Min(1)
    @Max(5000)
    int pageSize();

    /** How often an idle stream gets a comment line, so that proxies and clients know it is alive. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Streams one instance serves at once; more are answered 503. */
    @WithDefault("1000")
    @Min(1)
    int maxSubscribers();

    /** Events written to a stream but not yet taken by its client; past this the stream ends (the client resumes). */
    @WithDefault("2000")
    @Min(1)
    int maxBuffered();

    /** How often changes are relayed to the timeline-changes topic. */
    @WithDefault("500ms")
    Duration relayInterval();

    /** How long changes are kept for clients that resume; older ones are pruned. */
    @WithDefault("P7D")
    Duration retention();

    /** How often old changes are pruned, and how many rows at most per statement. */
    @WithDefault("1m")
    Duration pruneInterval();

    @WithDefault("10000")
    @Min(1)
    int pruneBatch();
}

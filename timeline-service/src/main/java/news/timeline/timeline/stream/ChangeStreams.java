package news.timeline.timeline.stream;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import news.timeline.timeline.query.EventFilter;

/** Opens clients' change streams: checks that a resume can be exact, then hands the stream to the poller. */
@ApplicationScoped
public class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);
    /** Seconds a client turned away for lack of room should wait. */
    private static final long RETRY_AFTER_S = 5;

    private final ChangePoller poller;
    private final ChangeStore store;
    private final ChangeConfig config;

    public ChangeStreams(ChangePoller poller, ChangeStore store, ChangeConfig config) {
        this.poller = poller;
        this.store = store;
        this.config = config;
    }

    /**
     * @param after the last change the client has (its Last-Event-ID), or empty to start with the next one
     * @throws ChangesGoneException when the log cannot replay from {@code after}
     */
    public Multi<OutboundSseEvent> open(EventFilter filter, OptionalLong after, Sse sse) {
        if (poller.subscribers() >= config.maxSubscribers()) {
            throw new ServiceUnavailableException(RETRY_AFTER_S);
        }
        if (after.isPresent()) {
            ChangeStore.Bounds bounds = store.bounds();
            if (after.getAsLong() < bounds.pruned() || after.getAsLong() > bounds.latest()) {
                throw new ChangesGoneException(after.getAsLong(), bounds.pruned(), bounds.latest());
            }
        }
        // Taken before the response starts: whatever the client does once it sees the stream open comes after it.
        long from = after.isPresent() ? after.getAsLong() : poller.position();
        ChangeSubscription subscription = new ChangeSubscription(filter, from, sse, config.maxBuffered());
        return subscription.events(() -> Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                poller.follow(subscription, from);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                subscription.end();
            } catch (RuntimeException e) {
                // The store away mid catch-up: the client reconnects with its Last-Event-ID and goes on from there.
                LOG.debugf(e, "Catch-up of a change stream failed");
                subscription.end();
            }
        }), () -> poller.remove(subscription));
    }
}

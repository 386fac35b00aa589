package news.timeline.timeline.stream;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The one reader of the change log in this instance: every {@code pollInterval} it reads what became final since
 * its last read (bounded pages up to the {@link ChangeStore#watermark}), loads the entries once, evaluates each
 * distinct filter of its subscribers once, and hands every subscriber its share. A client that resumes first catches
 * up from the log by itself and joins the feed at the exact seq the poller has reached ({@link #follow}).
 */
@ApplicationScoped
public class ChangePoller {

    /** Pages read per poll, so that a large backlog does not keep the lock from subscribers that want to join. */
    private static final int MAX_PAGES_PER_POLL = 20;

    private final ChangeStore store;
    private final ChangeConfig config;
    private final Set<ChangeSubscription> subscribers = ConcurrentHashMap.newKeySet();
    /** Held while the feed moves and while a subscriber joins it: nobody joins in the middle of a page. */
    private final ReentrantLock feed = new ReentrantLock();
    /** Every change up to here has been handed to the subscribers; -1 until first read. */
    private volatile long delivered = -1;
    private long lastHeartbeat = System.nanoTime();
    private Periodic timer;

    public ChangePoller(ChangeStore store, ChangeConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        timer = new Periodic("change-poller", config.pollInterval(), this::poll);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.close();
        }
    }

    /** A seq up to which every change is final and handed to this instance's subscribers; -1 before the first read. */
    public long delivered() {
        return delivered;
    }

    int subscribers() {
        return subscribers.size();
    }

    void poll() {
        long watermark = store.watermark();
        feed.lock();
        try {
            if (delivered < 0 || subscribers.isEmpty()) {
                delivered = Math.max(delivered, watermark);
            }
            for (int pages = 0; delivered < watermark && pages < MAX_PAGES_PER_POLL; pages++) {
                ChangePage page = store.page(delivered, watermark, config.pageSize(),
                        subscribers.stream().map(ChangeSubscription::filter).distinct().toList());
                if (page.pruned() > delivered) {
                    // This instance fell further behind than the log keeps (stopped for longer than the retention?).
                    subscribers.forEach(s -> s.gone(page.pruned()));
                    subscribers.clear();
                    delivered = watermark;
                    break;
                }
                subscribers.removeIf(s -> !s.deliver(page));
                delivered = page.end();
            }
            heartbeat();
        } finally {
            feed.unlock();
        }
    }

    private void heartbeat() {
        if (System.nanoTime() - lastHeartbeat >= config.heartbeat().toNanos()) {
            lastHeartbeat = System.nanoTime();
            subscribers.forEach(ChangeSubscription::heartbeat);
        }
    }

    /**
     * Brings a new subscriber up to the feed and adds it: from the log, page by page as its client takes them, up to
     * where the poller is, then (under the feed's lock, so that no page passes in between) into the feed. Without
     * {@code after} it starts where the feed is. Runs on a worker thread; blocks while the client reads.
     */
    void follow(ChangeSubscription subscription, long after) throws InterruptedException {
        long position = after;
        while (subscription.open()) {
            long target = delivered;
            while (position < target && subscription.open()) {
                ChangePage page = store.page(position, target, config.pageSize(), List.of(subscription.filter()));
                if (page.pruned() > position) {
                    subscription.gone(page.pruned());
                    return;
                }
                subscription.deliver(page);
                position = page.end();
                subscription.awaitRoom(config.pageSize());
            }
            feed.lock();
            try {
                if (delivered <= position) {
                    subscribers.add(subscription);
                    return;
                }
            } finally {
                feed.unlock();
            }
        }
    }

    /**
     * Where a client without Last-Event-ID starts: the feed's position, read now if the poller has not yet. Every
     * change committed after this call has a larger seq.
     */
    long position() {
        feed.lock();
        try {
            if (delivered < 0) {
                delivered = store.watermark();
            }
            return delivered;
        } finally {
            feed.unlock();
        }
    }

    void remove(ChangeSubscription subscription) {
        subscribers.remove(subscription);
    }
}

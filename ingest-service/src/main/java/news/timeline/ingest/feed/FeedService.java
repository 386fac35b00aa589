package news.timeline.ingest.feed;

import news.timeline.contract.FeedRecord;
import news.timeline.contract.SchemaVersion;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Subscribing, listing and unsubscribing feeds; polling is {@link FeedScheduler}'s. */
@ApplicationScoped
public class FeedService {

    /** Longest poll interval: a feed polled less often than weekly is hardly a subscription. */
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    static final int MAX_SOURCE = 2_000;
    public static final int MAX_PAGE = 500;

    private final FeedStore store;
    private final AddressGuard guard;
    private final FeedConfig config;

    public FeedService(FeedStore store, AddressGuard guard, FeedConfig config) {
        this.store = store;
        this.guard = guard;
        this.config = config;
    }

    /**
     * Subscribes to a feed; its id comes from its URL, so the same feed is one subscription.
     *
     * @throws FeedRequestException 400 for a URL the service will not fetch or a bad field, 409 when already
     *                              subscribed or when ingest.feeds.max-feeds are
     */
    public FeedView subscribe(FeedRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw FeedRequestException.invalid("'url' is required: the feed's http(s) URL");
        }
        if (request.url().length() > MAX_SOURCE) {
            throw FeedRequestException.invalid("'url' is longer than " + MAX_SOURCE + " characters");
        }
        long interval = interval(request.intervalSeconds());
        String source = request.source() == null || request.source().isBlank() ? null : request.source().strip();
        if (source != null && (source.length() > MAX_SOURCE || source.chars().anyMatch(c -> c == 0)
                || !StandardCharsets.UTF_8.newEncoder().canEncode(source))) {
            throw FeedRequestException.invalid("'source' must be at most " + MAX_SOURCE + " characters of text");
        }
        URI url;
        try {
            url = guard.check(request.url());
        } catch (FeedUrlRefusedException e) {
            throw FeedRequestException.invalid("The feed URL is refused: " + e.getMessage());
        }
        String id = idOf(url);
        Optional<FeedRecord> existing = store.find(id);
        if (existing.isPresent()) {
            throw new FeedRequestException(409, "Already subscribed", "This feed is subscribed already, as "
                    + id + " (" + existing.get().url() + "); delete it first to change it");
        }
        if (store.size() >= config.maxFeeds()) {
            throw new FeedRequestException(409, "Too many feeds", "There are " + config.maxFeeds()
                    + " subscriptions already (ingest.feeds.max-feeds)");
        }
        FeedRecord feed = new FeedRecord(SchemaVersion.CURRENT, id, url.toString(), source, interval,
                Boolean.TRUE.equals(request.fetchPages()), Instant.now().toString(), null);
        store.write(feed);
        return FeedView.of(feed);
    }

    public FeedPage list(String after, int limit) {
        List<FeedRecord> feeds = store.page(after, limit + 1);
        boolean more = feeds.size() > limit;
        List<FeedView> items = feeds.stream().limit(limit).map(FeedView::of).toList();
        return new FeedPage(items, more ? items.get(items.size() - 1).id() : null);
    }

    public Optional<FeedView> find(String id) {
        return store.find(id).map(FeedView::of);
    }

    /** @return false when there was no such feed */
    public boolean unsubscribe(String id) {
        if (store.find(id).isEmpty()) {
            return false;
        }
        store.delete(id);
        return true;
    }

    private long interval(Long seconds) {
        if (seconds == null) {
            return config.defaultInterval().toSeconds();
        }
        if (seconds < config.minInterval().toSeconds() || seconds > MAX_INTERVAL.toSeconds()) {
            throw FeedRequestException.invalid("'intervalSeconds' must be between " + config.minInterval().toSeconds()
                    + " (ingest.feeds.min-interval) and " + MAX_INTERVAL.toSeconds());
        }
        return seconds;
    }

    /** The feed's id: a hash of its URL with the scheme and host in lower case. */
    static String idOf(URI url) {
        String key = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() == -1 ? "" : ":" + url.getPort()) + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

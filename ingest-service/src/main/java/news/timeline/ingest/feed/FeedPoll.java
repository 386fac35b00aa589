package news.timeline.ingest.feed;

import news.timeline.contract.FeedRecord;
import news.timeline.contract.FeedState;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.timeline.ingest.service.ArticleRejectedException;
import news.timeline.ingest.service.ArticleRequest;
import news.timeline.ingest.service.ArticleService;
import news.timeline.ingest.service.IngestSaturatedException;
import news.timeline.ingest.service.KafkaUnavailableException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One poll of one feed: fetch (conditionally), read, send the items not seen before as articles through the same
 * path as a posted article, and work out the feed's next state: when to poll again (its interval after a success;
 * after a failure the interval doubled per failure in a row, at most ingest.feeds.max-backoff, and never before a
 * 429's or 503's Retry-After), and which items are now seen.
 */
@ApplicationScoped
public class FeedPoll {

    private static final Logger LOG = Logger.getLogger(FeedPoll.class);
    /** A Retry-After is honoured up to this; a server asking for more is polled again then (and asked again). */
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleService articles;
    private final FeedConfig config;
    private final Clock clock;

    @Inject
    public FeedPoll(FeedFetcher fetcher, FeedParser parser, ArticleService articles, FeedConfig config) {
        this(fetcher, parser, articles, config, Clock.systemUTC());
    }

    FeedPoll(FeedFetcher fetcher, FeedParser parser, ArticleService articles, FeedConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.articles = articles;
        this.config = config;
        this.clock = clock;
    }

    /** The feed with its state after polling it now; never throws for anything the feed's server does. */
    FeedRecord poll(FeedRecord feed, String instance) {
        Instant now = clock.instant();
        FeedState before = feed.state() == null ? FeedState.NEVER_POLLED : feed.state();
        Outcome outcome = new Outcome(feed, before, now, instance);
        try {
            FetchResult fetched = fetcher.get(feed.url(), before.etag(), before.lastModified());
            return switch (fetched.status()) {
                case 304 -> outcome.success(before.etag(), before.lastModified(), before.seen(), before.itemsSeen());
                case 200 -> take(feed, parser.parse(fetched), fetched, outcome);
                default -> outcome.failure("HTTP " + fetched.status(), fetched.retryAfter());
            };
        } catch (FeedFetchException | FeedParseException e) {
            return outcome.failure(e.getMessage(), Optional.empty());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Polling feed %s failed", feed.id());
            return outcome.failure("internal error: " + e.getClass().getSimpleName(), Optional.empty());
        }
    }

    /**
     * Sends the items not seen before, oldest first (feeds list the newest first). An item refused as invalid counts
     * as seen (polling again would not make it valid); when Kafka does not take one, the poll stops there and fails,
     * and the items not sent are tried again at the next poll.
     */
    private FeedRecord take(FeedRecord feed, ParsedFeed parsed, FetchResult fetched, Outcome outcome) {
        List<FeedItem> items = parsed.items().subList(0, Math.min(parsed.items().size(), config.maxSeenItems()));
        Set<String> seen = new LinkedHashSet<>(outcome.before.seen());
        Set<String> inDocument = new LinkedHashSet<>();
        long taken = 0;
        String failure = null;
        for (int i = items.size() - 1; i >= 0 && failure == null; i--) {
            FeedItem item = items.get(i);
            String fingerprint = item.fingerprint();
            if (!seen.contains(fingerprint)) {
                try {
                    articles.ingest(article(feed, parsed, item));
                } catch (ArticleRejectedException e) {
                    LOG.infof("Feed %s: item %s refused: %s", feed.id(), item.link(), e.getMessage());
                } catch (KafkaUnavailableException | IngestSaturatedException e) {
                    failure = "articles not sent: " + e.getMessage();
                    continue;
                }
                seen.add(fingerprint);
                taken++;
            }
            inDocument.add(fingerprint);
        }
        // The document's items first, so that none of them is forgotten while it is still in the feed.
        List<String> kept = new ArrayList<>(inDocument);
        Collections.reverse(kept);
        seen.stream().filter(f -> !inDocument.contains(f)).forEach(kept::add);
        kept = kept.subList(0, Math.min(kept.size(), config.maxSeenItems()));
        long itemsSeen = outcome.before.itemsSeen() + taken;
        if (failure != null) {
            // Validators dropped: the next poll must get the whole document again to send the rest.
            return outcome.failure(failure, Optional.empty(), false, kept, itemsSeen);
        }
        return outcome.success(fetched.etag(), fetched.lastModified(), kept, itemsSeen);
    }

    private ArticleRequest article(FeedRecord feed, ParsedFeed parsed, FeedItem item) {
        String html = item.html();
        String text = item.text();
        if (!item.hasContent()) {
            html = feed.fetchPages() && item.link() != null ? page(feed, item.link()).orElse(item.summary())
                    : item.summary();
        }
        return new ArticleRequest(item.link(), item.title(), text, html,
                item.published() != null ? item.published() : item.updated(),
                feed.source() != null ? feed.source() : parsed.title(), null);
    }

    /** The linked page's HTML, whose main text the article path extracts; empty when it cannot be had. */
    private Optional<String> page(FeedRecord feed, String link) {
        try {
            FetchResult page = fetcher.get(link, null, null);
            if (page.status() == 200 && page.isHtml()) {
                return Optional.of(page.text());
            }
            LOG.debugf("Feed %s: page %s answered %d %s", feed.id(), link, page.status(), page.contentType());
        } catch (FeedFetchException e) {
            LOG.debugf("Feed %s: page %s not fetched: %s", feed.id(), link, e.getMessage());
        }
        return Optional.empty();
    }

    /** The state after this poll, one way or the other. */
    private final class Outcome {

        private final FeedRecord feed;
        private final FeedState before;
        private final Instant now;
        private final String instance;

        Outcome(FeedRecord feed, FeedState before, Instant now, String instance) {
            this.feed = feed;
            this.before = before;
            this.now = now;
            this.instance = instance;
        }

        FeedRecord success(String etag, String lastModified, List<String> seen, long itemsSeen) {
            Instant next = now.plusSeconds(feed.intervalSeconds());
            return feed.withState(new FeedState(now.toString(), now.toString(), before.lastError(),
                    before.lastErrorAt(), 0, itemsSeen, next.toString(), etag, lastModified, seen, instance));
        }

        FeedRecord failure(String error, Optional<Duration> retryAfter) {
            return failure(error, retryAfter, true, before.seen(), before.itemsSeen());
        }

        FeedRecord failure(String error, Optional<Duration> retryAfter, boolean keepValidators, List<String> seen,
                long itemsSeen) {
            int failures = before.failures() + 1;
            Duration wait = backoff(Duration.ofSeconds(feed.intervalSeconds()), failures);
            if (retryAfter.isPresent()) {
                Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
                wait = asked.compareTo(wait) > 0 ? asked : wait;
            }
            return feed.withState(new FeedState(now.toString(), before.lastSuccessAt(), error, now.toString(),
                    failures, itemsSeen, now.plus(wait).toString(), keepValidators ? before.etag() : null,
                    keepValidators ? before.lastModified() : null, seen, instance));
        }
    }

    /** The interval doubled for each failure in a row, at most ingest.feeds.max-backoff (and never below it). */
    Duration backoff(Duration interval, int failures) {
        Duration max = config.maxBackoff().compareTo(interval) > 0 ? config.maxBackoff() : interval;
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

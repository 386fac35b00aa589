package news.timeline.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as it is kept on the compacted topic {@code feeds}, keyed by {@link #id()}: what to poll, and the
 * state of its polling, written back by the instance that polls it after every poll. A tombstone (null value)
 * is an unsubscription.
 *
 * @param intervalSeconds seconds between two successful polls
 * @param fetchPages      whether an item that carries only a summary is completed with its linked page's text
 * @param createdAt       ISO-8601 instant of the subscription
 * @param state           null until the first poll
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedRecord(String id, String url, String source, long intervalSeconds, boolean fetchPages,
        String createdAt, FeedState state) {

    FeedRecord withState(FeedState next) {
        return new FeedRecord(id, url, source, intervalSeconds, fetchPages, createdAt, next);
    }
}

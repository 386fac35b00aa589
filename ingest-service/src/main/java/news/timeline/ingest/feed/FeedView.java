package news.timeline.ingest.feed;

import news.timeline.contract.FeedRecord;
import news.timeline.contract.FeedState;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription and its state as the API shows it (without the seen items and validators it keeps). The state's
 * fields are absent until the first poll; a feed never polled is due at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedView(String id, String url, String source, long intervalSeconds, boolean fetchPages,
        String createdAt, String lastPollAt, String lastSuccessAt, String lastError, String lastErrorAt, int failures,
        long itemsSeen, String nextPollAt, String polledBy) {

    static FeedView of(FeedRecord feed) {
        FeedState s = feed.state() == null ? FeedState.NEVER_POLLED : feed.state();
        return new FeedView(feed.id(), feed.url(), feed.source(), feed.intervalSeconds(), feed.fetchPages(),
                feed.createdAt(), s.lastPollAt(), s.lastSuccessAt(), s.lastError(), s.lastErrorAt(), s.failures(),
                s.itemsSeen(), s.nextPollAt(), s.polledBy());
    }
}

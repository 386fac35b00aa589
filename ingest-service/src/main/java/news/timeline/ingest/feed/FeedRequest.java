package news.timeline.ingest.feed;

/**
 * A subscription as a client asks for it.
 *
 * @param intervalSeconds null: ingest.feeds.default-interval
 * @param fetchPages      null: false
 */
public record FeedRequest(String url, String source, Long intervalSeconds, Boolean fetchPages) {
}

package news.timeline.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the polling of one feed stands, inside its {@link FeedRecord}. Instants are ISO-8601 strings.
 *
 * @param lastError    the last failure's reason (kept after a success, with {@code lastErrorAt}, for the record)
 * @param failures     failed polls since the last success; the back-off grows with it
 * @param itemsSeen    distinct items taken from the feed so far (sent as articles, or refused as invalid)
 * @param etag         the feed's last {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified the feed's last {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param seen         fingerprints of the items already taken, newest first, at most ingest.feeds.max-seen-items:
 *                     an item whose fingerprint is here is not sent again
 * @param polledBy     the instance that wrote this state
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedState(String lastPollAt, String lastSuccessAt, String lastError, String lastErrorAt, int failures,
        long itemsSeen, String nextPollAt, String etag, String lastModified, List<String> seen, String polledBy) {

    public static final FeedState NEVER_POLLED = new FeedState(null, null, null, null, 0, 0, null, null, null,
            List.of(), null);

    public FeedState {
        seen = seen == null ? List.of() : List.copyOf(seen);
    }
}

package news.timeline.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A feed subscription on the compacted topic {@code feeds}, key = {@link #id()}: what to poll, and the state of its
 * polling, written back by the ingest-service instance that polls it after every poll. A tombstone (null value) is
 * an unsubscription. ingest-service both produces and consumes it.
 *
 * @param schemaVersion   {@link SchemaVersion#CURRENT} when produced; null from producers older than the field
 * @param id              the feed id (required)
 * @param url             the feed's address (required)
 * @param intervalSeconds seconds between two successful polls
 * @param fetchPages      whether an item that carries only a summary is completed with its linked page's text
 * @param createdAt       ISO-8601 instant of the subscription
 * @param state           null until the first poll
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedRecord(String schemaVersion, String id, String url, String source, long intervalSeconds,
        boolean fetchPages, String createdAt, FeedState state) implements ContractMessage {

    /** The same subscription with the state of its last poll, as this producer writes it. */
    public FeedRecord withState(FeedState next) {
        return new FeedRecord(SchemaVersion.CURRENT, id, url, source, intervalSeconds, fetchPages, createdAt, next);
    }

    @Override
    public List<String> missingFields() {
        return new RequiredFields().require("id", id).require("url", url).missing();
    }
}

package news.timeline.contract;

/**
 * The headers of an {@code articles-dlq} record. extract-service's dead letters are written by SmallRye's
 * dead-letter-queue strategy, timeline-service's by its own consumer; both use these names, and ingest-service reads
 * and replays them by these names.
 */
public final class DeadLetterHeaders {

    /** Why the record could not be processed, in words fit for an operator. */
    public static final String REASON = "dead-letter-reason";
    /** The message of the exception behind the reason, when there was one (SmallRye). */
    public static final String CAUSE = "dead-letter-cause";
    /** The Java class of the failure (SmallRye). */
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    /** The topic the record came from, where a replay sends it back. */
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** How often storing was retried before giving up (timeline-service; 0: refused at once). */
    public static final String RETRIES = "dead-letter-retries";
    /** On a replayed record: the dead letter it came from, {@code articles-dlq/partition/offset}. */
    public static final String REPLAYED_FROM = "dead-letter-replayed-from";

    private DeadLetterHeaders() {
    }
}

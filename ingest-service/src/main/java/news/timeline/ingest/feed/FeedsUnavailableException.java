package news.timeline.ingest.feed;

/** Kafka did not take or give the subscriptions in time. */
public class FeedsUnavailableException extends RuntimeException {

    public FeedsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

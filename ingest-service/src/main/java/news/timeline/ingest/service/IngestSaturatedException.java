package news.timeline.ingest.service;

/**
 * The service as a whole has too much in hand to take this request; nothing of it was sent to Kafka. Answered 429
 * with a Retry-After.
 */
public class IngestSaturatedException extends RuntimeException {

    public IngestSaturatedException(String message) {
        super(message);
    }
}

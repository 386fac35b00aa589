package news.timeline.ingest.service;

/** Kafka did not acknowledge an article in time; the client may retry, the id is stable. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

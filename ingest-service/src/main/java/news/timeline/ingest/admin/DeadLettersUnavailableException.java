package news.timeline.ingest.admin;

/** Kafka did not answer an admin request in time. */
public class DeadLettersUnavailableException extends RuntimeException {

    public DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package news.timeline.ingest.messaging;

/** No in-flight slot came free in time: Kafka is not taking articles as fast as they come. Nothing was sent. */
public class KafkaBusyException extends Exception {

    public KafkaBusyException(String message) {
        super(message);
    }
}

package news.timeline.ingest.feed;

/** A feed or page URL the service will not fetch, with the reason. */
public class FeedUrlRefusedException extends RuntimeException {

    public FeedUrlRefusedException(String reason) {
        super(reason);
    }
}

package news.timeline.ingest.feed;

/** A subscription request that cannot be taken, with the HTTP status and the reason to tell the client. */
public class FeedRequestException extends RuntimeException {

    private final int status;
    private final String title;

    FeedRequestException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static FeedRequestException invalid(String detail) {
        return new FeedRequestException(400, "Invalid feed", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

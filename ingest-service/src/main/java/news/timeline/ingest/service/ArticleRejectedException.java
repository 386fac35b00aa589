package news.timeline.ingest.service;

/** An article that cannot be accepted, with the HTTP status and the reason to tell the client. */
public class ArticleRejectedException extends RuntimeException {

    private final int status;
    private final String title;

    public ArticleRejectedException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ArticleRejectedException invalid(String detail) {
        return new ArticleRejectedException(400, "Invalid article", detail);
    }

    public static ArticleRejectedException tooLarge(String detail) {
        return new ArticleRejectedException(413, "Article too large", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

package news.timeline.timeline.merge;

/**
 * An article-events record that cannot be stored as it is; retrying would fail the same way.
 */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String reason) {
        super(reason);
    }
}

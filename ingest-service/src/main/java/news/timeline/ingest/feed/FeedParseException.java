package news.timeline.ingest.feed;

/** A document that is not an RSS 2.0, Atom 1.0 or JSON Feed 1.x feed. */
class FeedParseException extends Exception {

    FeedParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

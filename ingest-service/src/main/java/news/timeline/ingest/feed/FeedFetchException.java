package news.timeline.ingest.feed;

/** A fetch that got no usable answer: refused URL, network failure, timeout, body over the limit. */
class FeedFetchException extends Exception {

    FeedFetchException(String reason, Throwable cause) {
        super(reason, cause);
    }

    FeedFetchException(String reason) {
        super(reason);
    }
}

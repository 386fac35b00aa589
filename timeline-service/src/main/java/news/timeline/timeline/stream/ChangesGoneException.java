package news.timeline.timeline.stream;

import news.timeline.http.Problem;

/**
 * A client asked to resume after a change the log cannot replay from: pruned (older than the retention), or never
 * made by this store (an id from before the store was reset). Answered 410 before the stream starts.
 */
public class ChangesGoneException extends RuntimeException {

    public static final String TYPE = "/problems/changes-gone";
    public static final String TITLE = "Changes no longer available";

    private final long after;
    private final long pruned;
    private final long latest;

    ChangesGoneException(long after, long pruned, long latest) {
        super(detail(after, pruned, latest));
        this.after = after;
        this.pruned = pruned;
        this.latest = latest;
    }

    public Problem problem(String instance) {
        return new Problem(TYPE, TITLE, 410, detail(after, pruned, latest), instance);
    }

    /** The problem of a stream whose next changes were pruned while it was being sent. */
    static Problem problem(long after, long pruned, String instance) {
        return new Problem(TYPE, TITLE, 410, detail(after, pruned, Long.MAX_VALUE), instance);
    }

    private static String detail(long after, long pruned, long latest) {
        if (after > latest) {
            return "Last-Event-ID " + after + " is past the newest change (" + latest + "): it comes from another"
                    + " store or one since reset; reload the events and follow the stream without Last-Event-ID";
        }
        return "Changes after " + after + " are no longer kept (changes up to " + pruned + " were pruned); reload the"
                + " events and follow the stream without Last-Event-ID";
    }
}

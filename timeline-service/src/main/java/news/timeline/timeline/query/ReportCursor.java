package news.timeline.timeline.query;

/**
 * Position after the last report of a page of report rows: its entry's place in (first day, id) order and the
 * report's id; opaque to clients.
 */
public record ReportCursor(EventCursor entry, long reportId) {

    /** Not in the base64url alphabet of an {@link EventCursor}. */
    private static final char SEPARATOR = '.';

    public String encode() {
        return entry.encode() + SEPARATOR + reportId;
    }

    public static ReportCursor decode(String cursor) {
        int at = cursor.lastIndexOf(SEPARATOR);
        try {
            if (at < 0) {
                throw new NumberFormatException("no report id");
            }
            return new ReportCursor(EventCursor.decode(cursor.substring(0, at)),
                    Long.parseLong(cursor.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this service issued");
        }
    }
}

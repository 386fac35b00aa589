package news.timeline.extract.event;

/** Where the document creation time came from. */
public enum DctSource {
    GIVEN, INFERRED, UNKNOWN
}

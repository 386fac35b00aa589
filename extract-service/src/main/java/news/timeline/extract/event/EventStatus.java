package news.timeline.extract.event;

/** Whether an event happened, is only planned, might happen, or is denied. */
public enum EventStatus {
    OCCURRED, PLANNED, POSSIBLE, NEGATED
}

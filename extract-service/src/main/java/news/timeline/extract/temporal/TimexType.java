package news.timeline.extract.temporal;

/** The four TIMEX3 types of TimeML. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}

package news.timeline.timeline.view;

/**
 * An actor or place and on how many timeline entries it appears.
 *
 * @param kind   {@code actor} or {@code location}
 * @param events number of entries
 */
public record EntityCountView(String name, String kind, long events) {
}

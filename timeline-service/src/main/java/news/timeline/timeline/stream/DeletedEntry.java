package news.timeline.timeline.stream;

/** The data of a {@code deleted} stream event: the id of the entry that is gone. */
public record DeletedEntry(long id) {
}

package news.timeline.contract;

import java.time.Instant;

/**
 * A change of a timeline entry on topic {@code timeline-changes}, key = entry id; timeline-service produces it for
 * programs that follow the timeline. The entry is what timeline-service's {@code /api/events} shows, a type of that
 * API (schema {@code TimelineEntry} in {@code asyncapi.yaml}).
 *
 * @param schemaVersion {@link SchemaVersion#CURRENT}
 * @param seq           the change's place in the one sequence of changes
 * @param kind          {@code created}, {@code updated} or {@code deleted}
 * @param entry         the entry now; null when deleted
 * @param <E>           the entry's type
 */
public record TimelineChangeMessage<E>(String schemaVersion, long seq, String kind, long entryId, Instant changedAt,
        E entry) {
}

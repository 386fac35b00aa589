package news.timeline.timeline.stream;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.timeline.timeline.view.EventView;

/**
 * A change as programs receive it: the value of a {@code timeline-changes} record; on {@code /api/stream} the
 * event's id is {@code seq}, its name {@code kind} and its data {@code entry} (or {@code {"id": entryId}} when
 * deleted).
 *
 * @param entry the entry as {@code /api/events} shows it now; null when deleted
 */
@Schema(description = "A change of a timeline entry")
public record ChangeRecord(long seq, String kind, long entryId, Instant changedAt, EventView entry) {

    /** The data of a {@code deleted} stream event. */
    public record Deleted(long id) {
    }
}

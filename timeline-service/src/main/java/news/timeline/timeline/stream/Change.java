package news.timeline.timeline.stream;

import java.time.Instant;

/** One row of the change log. */
record Change(long seq, long entryId, ChangeKind kind, Instant changedAt) {
}

package news.timeline.timeline.view;

import java.time.Instant;

/**
 * What one {@code ./timeline reprocess} run has changed so far.
 *
 * @param articles      the articles of the run stored here (each counted once, however often it was delivered)
 * @param changed       those whose stored revision changed, so their reports were replaced (entry ids kept where the
 *                      event is unchanged)
 * @param unchanged     those re-extracted to the same events: nothing rewritten
 * @param eventsAdded   events of the new revisions that their old ones did not have
 * @param eventsRemoved events of the old revisions the new ones no longer have
 * @param eventsRedated events whose statement and date expression stayed, resolved to another date
 * @param firstAt       when the first of its articles was stored
 * @param lastAt        when the latest was
 */
public record ReprocessRunView(String run, long articles, long changed, long unchanged, long eventsAdded,
        long eventsRemoved, long eventsRedated, Instant firstAt, Instant lastAt) {
}

package news.timeline.timeline.stream;

import java.util.List;
import java.util.Map;
import java.util.Set;

import news.timeline.contract.SchemaVersion;
import news.timeline.contract.TimelineChangeMessage;
import news.timeline.timeline.query.ChangedEntries;
import news.timeline.timeline.query.EventFilter;
import news.timeline.timeline.view.EventView;

/**
 * A page of the change log with the entries it names and which of them each filter matches, read in one snapshot.
 *
 * @param pruned  the log's pruned mark in the same snapshot: rows after it are all there
 * @param end     the seq the page covers up to: its last row's, or the bound asked for when the page is not full
 */
record ChangePage(List<Change> changes, long pruned, long end, Map<Long, EventView> views,
        Map<EventFilter, Set<Long>> matches) {

    /** The filter of a consumer that takes every change (the Kafka relay). */
    static final EventFilter EVERYTHING = EventFilter.of(null, null, null, null, null);

    /**
     * The changes a subscriber with this filter receives. A deleted entry cannot be tested against a filter any more:
     * its deletion goes to every subscriber (a client drops the id if it shows it). A change of an entry deleted since
     * is left out: its deletion follows.
     */
    List<TimelineChangeMessage<EventView>> recordsFor(EventFilter filter) {
        boolean all = ChangedEntries.matchesAll(filter);
        Set<Long> matching = all ? Set.of() : matches.getOrDefault(filter, Set.of());
        return changes.stream().filter(c -> c.kind() == ChangeKind.DELETED
                || views.containsKey(c.entryId()) && (all || matching.contains(c.entryId())))
                .map(c -> new TimelineChangeMessage<>(SchemaVersion.CURRENT, c.seq(), c.kind().label(), c.entryId(),
                        c.changedAt(), c.kind() == ChangeKind.DELETED ? null : views.get(c.entryId())))
                .toList();
    }
}

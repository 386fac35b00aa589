package news.timeline.timeline.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.text.PgArrays;
import news.timeline.timeline.view.EventView;

/**
 * The entries a page of changes names, as {@code /api/events} shows them, and which of them a listing's filter
 * matches: the same SQL restriction ({@link EntryQuery}), so a stream and a listing with the same parameters agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangedEntries {

    /** The entries that still exist, each with its first reports, by id. */
    @SuppressWarnings("unchecked")
    public Map<Long, EventView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = TimelineEntry.getEntityManager().createNativeQuery("select "
                + EventQueryService.ENTRY_COLUMNS + " from timeline_entry e where e.id = any(cast(?1 as bigint[]))")
                .setParameter(1, PgArrays.numbers(ids)).getResultList();
        return EventQueryService.views(rows, EventQueryService.REPORTS_IN_LISTING).stream()
                .collect(Collectors.toMap(EventView::id, Function.identity()));
    }

    /** Those of the entries the filter matches. */
    @SuppressWarnings("unchecked")
    public Set<Long> matching(EventFilter filter, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        EntryQuery query = new EntryQuery(filter).and("e.id = any(cast(:ids as bigint[]))", "ids",
                PgArrays.numbers(ids));
        Query sql = TimelineEntry.getEntityManager()
                .createNativeQuery("select e.id from timeline_entry e where " + query.where);
        query.params.forEach(sql::setParameter);
        Set<Long> matching = new HashSet<>();
        ((List<Number>) sql.getResultList()).forEach(id -> matching.add(id.longValue()));
        return matching;
    }

    /** Whether the filter restricts anything: one that does not matches every entry, no query needed. */
    public static boolean matchesAll(EventFilter filter) {
        return filter.from() == null && filter.to() == null && filter.words().isEmpty() && filter.entity() == null
                && filter.article() == null;
    }
}

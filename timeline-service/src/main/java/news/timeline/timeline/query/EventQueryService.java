package news.timeline.timeline.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.view.EventPage;
import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.MentionPage;
import news.timeline.timeline.view.MentionView;

/**
 * Reads timeline entries in date order, a page at a time, each with its first few reports; the rest of an entry's
 * reports are paged separately.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

    /** Reports shown with an entry in a listing; the rest are a link away. */
    static final int REPORTS_IN_LISTING = 5;
    /** Reports shown with a single entry. */
    static final int REPORTS_IN_EVENT = 20;

    private final TimelineConfig config;

    public EventQueryService(TimelineConfig config) {
        this.config = config;
    }

    /**
     * Entries matching the filter after the cursor position, sorted by first day then id.
     *
     * @param cursor a {@link EventPage#next()} of an earlier page, or null for the first page
     * @param size   page size, null for the default
     */
    @SuppressWarnings("unchecked")
    public EventPage list(EventFilter filter, String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.events());
        EntryQuery query = new EntryQuery(filter);
        if (cursor != null && !cursor.isBlank()) {
            EventCursor after = EventCursor.decode(cursor.trim());
            query.and("(e.date_start, e.id) > (:cursorDate, :cursorId)", "cursorDate", after.dateStart());
            query.params.put("cursorId", after.id());
        }
        Query sql = TimelineEntry.getEntityManager().createNativeQuery("select e.* from timeline_entry e where "
                + query.where + " order by e.date_start, e.id limit :limit", TimelineEntry.class);
        query.params.forEach(sql::setParameter);
        List<TimelineEntry> entries = sql.setParameter("limit", pageSize + 1).getResultList();
        boolean more = entries.size() > pageSize;
        List<TimelineEntry> page = more ? entries.subList(0, pageSize) : entries;
        String next = null;
        if (more) {
            TimelineEntry last = page.get(page.size() - 1);
            next = new EventCursor(last.dateStart, last.id).encode();
        }
        return new EventPage(views(page, REPORTS_IN_LISTING), next);
    }

    public Optional<EventView> find(long id) {
        return TimelineEntry.<TimelineEntry>findByIdOptional(id)
                .map(e -> views(List.of(e), REPORTS_IN_EVENT).get(0));
    }

    /**
     * An entry's reports in the order they arrived, a page at a time; empty when there is no such entry.
     *
     * @param after the {@link MentionPage#next()} of the previous page, or null
     */
    public Optional<MentionPage> reports(long id, String after, Integer size) {
        if (TimelineEntry.findById(id) == null) {
            return Optional.empty();
        }
        int pageSize = PageSizes.resolve("size", size, config.events());
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            try {
                afterId = Long.parseLong(after.trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("cursor", "is not a cursor this service issued");
            }
        }
        List<Mention> mentions = Mention.<Mention>find(
                "from Mention m join fetch m.article where m.entry.id = ?1 and m.id > ?2 order by m.id", id, afterId)
                .range(0, pageSize).list();
        boolean more = mentions.size() > pageSize;
        List<Mention> page = more ? mentions.subList(0, pageSize) : mentions;
        return Optional.of(new MentionPage(page.stream().map(MentionView::of).toList(),
                more ? String.valueOf(page.get(page.size() - 1).id) : null));
    }

    private static List<EventView> views(List<TimelineEntry> entries, int reportsEach) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Mention>> reports = Reports.firstOf(entries.stream().map(e -> e.id).toList(), reportsEach);
        return entries.stream().map(e -> EventView.of(e, reports.getOrDefault(e.id, List.of()))).toList();
    }
}

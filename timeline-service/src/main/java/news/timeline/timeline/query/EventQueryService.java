package news.timeline.timeline.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.view.DateRangeView;
import news.timeline.timeline.view.EventPage;
import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.MentionPage;
import news.timeline.timeline.view.MentionView;
import news.timeline.timeline.view.ReportRowPage;
import news.timeline.timeline.view.ReportRowView;

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
    private final SharedResponses<FirstPage, Rendered<EventPage>> firstPages;
    private final ObjectWriter json;

    public EventQueryService(TimelineConfig config, MeterRegistry registry, ObjectMapper mapper) {
        this.config = config;
        this.json = mapper.writer();
        this.firstPages = SharedResponses.of(config.eventsCache(), registry, "event-pages",
                p -> new Rendered<>(page(new EntryQuery(p.filter()), null, p.size()), json));
    }

    /** A first page as the cache knows it. */
    private record FirstPage(EventFilter filter, int size) {
    }

    /** What an {@link EventView} shows of {@code timeline_entry e}: never its profile. */
    static final String ENTRY_COLUMNS = "e.id, e.date_value, e.granularity, e.date_start::text,"
            + " e.date_end::text, e.text, e.status, e.actors::text, e.location, e.confidence, e.source_count,"
            + " e.mention_count";

    /**
     * Entries matching the filter after the cursor position, sorted by first day then id. A first page is shared by
     * the requests of one period ({@code timeline.events-cache.ttl}); a page after a cursor is read each time.
     *
     * @param cursor a {@link EventPage#next()} of an earlier page, or null for the first page
     * @param size   page size, null for the default
     */
    public Rendered<EventPage> list(EventFilter filter, String cursor, Integer size) {
        if (cursor == null || cursor.isBlank()) {
            int pageSize = PageSizes.resolve("size", size, config.events());
            return firstPages.get(new FirstPage(filter, pageSize));
        }
        return new Rendered<>(page(new EntryQuery(filter), cursor, size), json);
    }

    /**
     * Like {@link #list}, planned entries only (a forward planner). The status is written into the statement, not
     * bound, so that the planner can always use the partial index of planned entries.
     */
    public EventPage planned(EventFilter filter, String cursor, Integer size) {
        EntryQuery query = new EntryQuery(filter);
        query.and("e.status = '" + EventStatus.PLANNED.name() + "'");
        return page(query, cursor, size);
    }

    /**
     * The reports of the entries matching the filter, one row each, in entry order (first day, id) then arrival
     * order, a page of rows at a time: a page reads at most {@code size} entries and {@code size} reports of each.
     *
     * @param cursor a {@link ReportRowPage#next()} of an earlier page, or null for the first page
     */
    public ReportRowPage reportRows(EventFilter filter, String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.events());
        ReportCursor after = cursor == null || cursor.isBlank() ? null : ReportCursor.decode(cursor.trim());
        List<ReportRowView> rows = Reports.rowsOf(new EntryQuery(filter), after, pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<ReportRowView> page = more ? rows.subList(0, pageSize) : rows;
        String next = null;
        if (more) {
            ReportRowView last = page.get(page.size() - 1);
            next = new ReportCursor(new EventCursor(last.eventStart(), last.eventId()), last.reportId()).encode();
        }
        return new ReportRowPage(page, next);
    }

    @SuppressWarnings("unchecked")
    private EventPage page(EntryQuery query, String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.events());
        EventCursor after = cursor == null || cursor.isBlank() ? null : EventCursor.decode(cursor.trim());
        String statement;
        if (query.entity != null) {
            // The entity's rows carry their entry's first day: the page is a range of their (key, day, entry) index,
            // however many entries the name is on.
            statement = "select " + ENTRY_COLUMNS + " from entry_entity x join timeline_entry e on e.id = x.entry_id"
                    + " where x.key = :entity and " + query.whereBesidesEntity
                    + (query.params.containsKey("to") ? " and x.date_start <= :to" : "")
                    + (after == null ? "" : " and (x.date_start, x.entry_id) > (:cursorDate, :cursorId)")
                    + " order by x.date_start, x.entry_id limit :limit";
        } else {
            statement = "select " + ENTRY_COLUMNS + " from timeline_entry e where " + query.where
                    + (after == null ? "" : " and (e.date_start, e.id) > (:cursorDate, :cursorId)")
                    + " order by e.date_start, e.id limit :limit";
        }
        Query sql = TimelineEntry.getEntityManager().createNativeQuery(statement);
        query.params.forEach(sql::setParameter);
        if (after != null) {
            sql.setParameter("cursorDate", after.dateStart()).setParameter("cursorId", after.id());
        }
        List<Object[]> rows = sql.setParameter("limit", pageSize + 1).getResultList();
        boolean more = rows.size() > pageSize;
        List<EventView> page = views(more ? rows.subList(0, pageSize) : rows, REPORTS_IN_LISTING);
        String next = null;
        if (more) {
            EventView last = page.get(page.size() - 1);
            next = new EventCursor(last.dateRange().start(), last.id()).encode();
        }
        return new EventPage(page, next);
    }

    @SuppressWarnings("unchecked")
    public Optional<EventView> find(long id) {
        List<Object[]> rows = TimelineEntry.getEntityManager()
                .createNativeQuery("select " + ENTRY_COLUMNS + " from timeline_entry e where e.id = ?1")
                .setParameter(1, id).getResultList();
        return views(rows, REPORTS_IN_EVENT).stream().findFirst();
    }

    /**
     * An entry's reports in the order they arrived, a page at a time; empty when there is no such entry.
     *
     * @param after the {@link MentionPage#next()} of the previous page, or null
     */
    public Optional<MentionPage> reports(long id, String after, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.events());
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            try {
                afterId = Long.parseLong(after.trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("cursor", "is not a cursor this service issued");
            }
        }
        List<Object[]> rows = Reports.after(id, afterId, pageSize + 1);
        if (rows.isEmpty() && TimelineEntry.getEntityManager()
                .createNativeQuery("select 1 from timeline_entry where id = ?1").setParameter(1, id)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        boolean more = rows.size() > pageSize;
        List<Object[]> page = more ? rows.subList(0, pageSize) : rows;
        return Optional.of(new MentionPage(page.stream().map(Reports::view).toList(),
                more ? String.valueOf(Reports.reportId(page.get(page.size() - 1))) : null));
    }

    static List<EventView> views(List<Object[]> entries, int reportsEach) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MentionView>> reports = Reports.firstOf(
                entries.stream().map(r -> ((Number) r[0]).longValue()).toList(), reportsEach);
        return entries.stream().map(values -> {
            Row row = new Row(values);
            long id = row.nextLong();
            return new EventView(id, row.nextString(), row.nextEnum(Granularity.class),
                    new DateRangeView(row.nextDate(), row.nextDate()), row.nextString(),
                    row.nextEnum(EventStatus.class), row.nextStrings(), row.nextString(), row.nextDouble(),
                    row.nextInt(), row.nextInt(), reports.getOrDefault(id, List.of()), EventView.mentionsUrl(id));
        }).toList();
    }
}

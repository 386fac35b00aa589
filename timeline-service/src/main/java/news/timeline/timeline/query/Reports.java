package news.timeline.timeline.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

import news.timeline.contract.EventStatus;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.text.PgArrays;
import news.timeline.timeline.view.MentionView;
import news.timeline.timeline.view.ReportRowView;

/**
 * Reports of entries as their views show them, read through the (entry, id) index with their articles' outlet
 * columns in one statement: never all reports of an entry, never an article's text.
 */
final class Reports {

    /** What a {@link MentionView} shows, from {@code mention m join article a}; the first column is the entry. */
    private static final String COLUMNS = "m.entry_id, a.id, a.url, a.title, a.source, a.published_at, m.date_value,"
            + " m.date_text, m.text, m.sentence, m.status, m.confidence, m.id";

    private Reports() {
    }

    /** Up to {@code perEntry} reports of each entry, oldest first, by entry id. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<MentionView>> firstOf(Collection<Long> entryIds, int perEntry) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = TimelineEntry.getEntityManager().createNativeQuery("select " + COLUMNS
                + " from unnest(cast(?1 as bigint[])) as e(id)"
                + " cross join lateral (select * from mention x where x.entry_id = e.id order by x.id limit ?2) m"
                + " join article a on a.id = m.article_id order by m.entry_id, m.id")
                .setParameter(1, PgArrays.numbers(entryIds))
                .setParameter(2, perEntry).getResultList();
        Map<Long, List<MentionView>> byEntry = new HashMap<>();
        for (Object[] values : rows) {
            Row row = new Row(values);
            byEntry.computeIfAbsent(row.nextLong(), id -> new ArrayList<>()).add(view(row));
        }
        return byEntry;
    }

    /**
     * Rows of {@link EventQueryService#reportRows}: up to {@code limit} reports, in entry order then arrival order,
     * of at most {@code limit} entries matching the query, starting after the cursor's report.
     */
    @SuppressWarnings("unchecked")
    static List<ReportRowView> rowsOf(EntryQuery entries, ReportCursor after, int limit) {
        String reportsAfter = "";
        if (after != null) {
            entries.and("(e.date_start, e.id) >= (:cursorDate, :cursorId)", "cursorDate", after.entry().dateStart());
            entries.params.put("cursorId", after.entry().id());
            entries.params.put("reportId", after.reportId());
            reportsAfter = " and (e.id <> :cursorId or x.id > :reportId)";
        }
        Query sql = TimelineEntry.getEntityManager().createNativeQuery("select " + COLUMNS
                + ", e.date_value, e.date_start::text, e.status from (select e.id, e.date_value, e.date_start, e.status"
                + " from timeline_entry e where " + entries.where + " order by e.date_start, e.id limit :limit) e"
                + " cross join lateral (select * from mention x where x.entry_id = e.id" + reportsAfter
                + " order by x.id limit :limit) m"
                + " join article a on a.id = m.article_id order by e.date_start, e.id, m.id limit :limit");
        entries.params.forEach(sql::setParameter);
        List<Object[]> rows = sql.setParameter("limit", limit).getResultList();
        return rows.stream().map(values -> {
            Row row = new Row(values);
            long entryId = row.nextLong();
            MentionView report = view(row);
            long reportId = row.nextLong();
            return new ReportRowView(entryId, row.nextString(), row.nextDate(), row.nextEnum(EventStatus.class),
                    reportId, report);
        }).toList();
    }

    /** Reports of one entry after report id {@code afterId}, oldest first; the last element is the page's last id. */
    @SuppressWarnings("unchecked")
    static List<Object[]> after(long entryId, long afterId, int limit) {
        return TimelineEntry.getEntityManager().createNativeQuery("select " + COLUMNS
                + " from mention m join article a on a.id = m.article_id"
                + " where m.entry_id = ?1 and m.id > ?2 order by m.id limit ?3")
                .setParameter(1, entryId).setParameter(2, afterId).setParameter(3, limit).getResultList();
    }

    /** The view of a row of {@link #after}, and the report's id. */
    static MentionView view(Object[] values) {
        Row row = new Row(values);
        row.nextLong();
        return view(row);
    }

    static long reportId(Object[] values) {
        return ((Number) values[values.length - 1]).longValue();
    }

    private static MentionView view(Row row) {
        return new MentionView(row.nextString(), row.nextString(), row.nextString(), row.nextString(),
                row.nextString(), row.nextString(), row.nextString(), row.nextString(), row.nextString(),
                row.nextEnum(EventStatus.class), row.nextDouble());
    }
}

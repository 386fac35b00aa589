package news.timeline.timeline.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.salience.DayReference;
import news.timeline.timeline.text.PgArrays;

/** Reads the per-day reference counts the merge keeps (table {@code day_reference}) for given days, by key. */
final class DayReferenceQuery {

    private DayReferenceQuery() {
    }

    /** The counts of each of {@code days} that has any; a bounded read, one primary-key probe per day. */
    @SuppressWarnings("unchecked")
    static Map<LocalDate, DayReference> of(EntityManager em, Collection<LocalDate> days) {
        Map<LocalDate, DayReference> out = new HashMap<>();
        if (days.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select d.day::text, d.referring_articles, d.later_distance,"
                + " d.published_articles from day_reference d where d.day = any(cast(?1 as date[]))")
                .setParameter(1, PgArrays.text(days.stream().map(PgArrays::date).toArray(String[]::new)))
                .getResultList();
        for (Object[] values : rows) {
            Row row = new Row(values);
            out.put(row.nextDate(), new DayReference(row.nextInt(), row.nextDouble(), row.nextInt()));
        }
        return out;
    }
}

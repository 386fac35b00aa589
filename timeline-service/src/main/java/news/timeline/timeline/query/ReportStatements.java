package news.timeline.timeline.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;

/**
 * The statements of the first reports of given entries, for choosing what tells a date: an entry's few sample
 * reports leave out most of what its articles said. One probe of the reports' entry index per entry, each capped.
 */
final class ReportStatements {

    private ReportStatements() {
    }

    /** At most {@code perEntry} report statements of each entry, by entry id, in the order they were stored. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<String>> of(EntityManager em, List<Long> entries, int perEntry) {
        Map<Long, List<String>> out = new HashMap<>();
        if (entries.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select t.id, r.text from unnest(cast(?1 as bigint[])) as t(id)"
                + " cross join lateral (select m.text from mention m where m.entry_id = t.id order by m.id limit ?2) r")
                .setParameter(1, PgArrays.numbers(entries)).setParameter(2, perEntry).getResultList();
        for (Object[] row : rows) {
            out.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        return out;
    }
}

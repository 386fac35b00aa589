package news.timeline.timeline.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;
import news.timeline.timeline.text.Statements;

/**
 * What the reports of given entries say, as a timeline shows it ({@link Statements#ofReport}): the candidates for the
 * statements of a date are the reports of its entries, not only each entry's few samples. One probe of the reports'
 * (entry, id) index per entry, each capped, so a busy entry costs no more than a quiet one.
 */
final class ReportStatements {

    /**
     * Statements already cut out of their reports, by report id. The timelines of one story read the same reports
     * again and again, and cutting a statement out of its sentence (a dozen regular expressions) was the largest
     * share of a story timeline's CPU. What a statement is cut from never changes under a report's id (a report is
     * written once; a new version of an article stores new reports). About 15 MB at most.
     */
    private static final Cache<Long, String> CUT = Caffeine.newBuilder().maximumSize(50_000).build();

    private ReportStatements() {
    }

    /** The statements of at most {@code perEntry} reports of each entry, the first stored first, by entry id. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<String>> of(EntityManager em, List<Long> entries, int perEntry) {
        Map<Long, List<String>> out = new HashMap<>();
        if (entries.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select t.id, r.id, r.sentence, r.text, r.date_text, r.date_from"
                + " from unnest(cast(?1 as bigint[])) as t(id) cross join lateral (select m.id, m.sentence, m.text,"
                + " m.date_text, m.date_offset_start - m.sentence_start as date_from from mention m"
                + " where m.entry_id = t.id order by m.id limit ?2) r")
                .setParameter(1, PgArrays.numbers(entries)).setParameter(2, perEntry).getResultList();
        for (Object[] row : rows) {
            String statement = CUT.get(((Number) row[1]).longValue(), id -> Statements.ofReport((String) row[2],
                    (String) row[3], (String) row[4], ((Number) row[5]).intValue()));
            if (!statement.isBlank()) {
                out.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(statement);
            }
        }
        return out;
    }
}

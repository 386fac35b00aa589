package news.timeline.timeline.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;
import news.timeline.timeline.text.Statements;

/**
 * What the articles of a day lead with, as a timeline shows it: DATEWISE's candidates for a day besides the sentences
 * dated to it (Gholipour Ghalandari and Ifrim 2020, news-tls {@code PM_Mean_SentenceCollector}) are the leading
 * sentences that name no day of their own of the articles published on the day or the day after. Only articles that
 * report one of the timeline's entries count (in a mixed stream, the day's other stories stay out). Each day reads its
 * articles by the (published day, id) index, at most {@code scanned} of them and of those at most {@code articles}
 * that belong to the timeline, so a busy day costs no more than a quiet one.
 */
final class LeadStatements {

    private LeadStatements() {
    }

    /** The statements of the leads of each day's articles, the day's own articles first, by day. */
    @SuppressWarnings("unchecked")
    static Map<LocalDate, List<String>> of(EntityManager em, Collection<LocalDate> days, List<Long> entries,
            int articles, int scanned) {
        Map<LocalDate, List<String>> out = new HashMap<>();
        if (days.isEmpty() || entries.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select t.day::text, s.lead from unnest(cast(?1 as date[]))"
                + " as t(day) cross join lateral (select a.id, a.published_day, a.leads from (select a.id,"
                + " a.published_day, a.leads from article a where a.published_day between t.day and t.day + 1"
                + " order by a.published_day, a.id limit ?3) a where a.leads <> '[]'::jsonb and exists (select 1"
                + " from mention m where m.article_id = a.id and m.entry_id = any(cast(?2 as bigint[])))"
                + " order by a.published_day, a.id limit ?4) l cross join lateral"
                + " jsonb_array_elements_text(l.leads) with ordinality as s(lead, n)"
                + " order by t.day, l.published_day, l.id, s.n")
                .setParameter(1, PgArrays.text(days.stream().map(PgArrays::date).toArray(String[]::new)))
                .setParameter(2, PgArrays.numbers(entries)).setParameter(3, scanned).setParameter(4, articles)
                .getResultList();
        for (Object[] row : rows) {
            String statement = Statements.ofReport((String) row[1], null, null, -1);
            if (!statement.isBlank()) {
                out.computeIfAbsent(PgArrays.readDate((String) row[0]), d -> new ArrayList<>()).add(statement);
            }
        }
        return out;
    }
}

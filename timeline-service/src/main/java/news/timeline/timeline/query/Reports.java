package news.timeline.timeline.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.text.PgArrays;

/** The first few reports of entries, read through the (entry, id) index: never all reports of an entry. */
final class Reports {

    private Reports() {
    }

    /** Up to {@code perEntry} reports of each entry, oldest first, with their articles, by entry id. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<Mention>> firstOf(Collection<Long> entryIds, int perEntry) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        EntityManager em = TimelineEntry.getEntityManager();
        List<Number> ids = em.createNativeQuery("select r.id from unnest(cast(?1 as bigint[])) as e(id)"
                + " cross join lateral (select m.id from mention m where m.entry_id = e.id order by m.id limit ?2) r")
                .setParameter(1, PgArrays.numbers(entryIds))
                .setParameter(2, perEntry).getResultList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Mention.<Mention>list("from Mention m join fetch m.article where m.id in ?1 order by m.id",
                ids.stream().map(Number::longValue).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.entry.id));
    }
}

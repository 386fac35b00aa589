package news.timeline.timeline.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Counts on how many timeline entries each actor and place appears.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityQueryService {

    private final TimelineConfig config;

    public EntityQueryService(TimelineConfig config) {
        this.config = config;
    }

    /**
     * @param q     part of a name, case-insensitive, or null for all
     * @param limit how many, null for the default
     */
    public EntitiesView entities(String q, Integer limit) {
        int max = PageSizes.resolve("limit", limit, config.entities());
        String pattern = q == null || q.isBlank() ? "%"
                : "%" + EntryQuery.escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
        List<EntityCountView> counts = new ArrayList<>();
        counts.addAll(count("select a, count(distinct e.id) from TimelineEntry e join e.actors a"
                + " where lower(a) like :q escape '!' group by a order by count(distinct e.id) desc, a", pattern, max,
                "actor"));
        counts.addAll(count("select e.location, count(e) from TimelineEntry e where e.location is not null"
                + " and lower(e.location) like :q escape '!' group by e.location order by count(e) desc, e.location",
                pattern, max, "location"));
        counts.sort(Comparator.comparingLong(EntityCountView::events).reversed()
                .thenComparing(EntityCountView::name).thenComparing(EntityCountView::kind));
        return new EntitiesView(List.copyOf(counts.subList(0, Math.min(max, counts.size()))));
    }

    private static List<EntityCountView> count(String hql, String pattern, int max, String kind) {
        TypedQuery<Object[]> query = TimelineEntry.getEntityManager().createQuery(hql, Object[].class);
        return query.setParameter("q", pattern).setMaxResults(max).getResultList().stream()
                .map(row -> new EntityCountView((String) row[0], kind, ((Number) row[1]).longValue())).toList();
    }
}

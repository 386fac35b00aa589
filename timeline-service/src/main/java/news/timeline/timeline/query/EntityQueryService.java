package news.timeline.timeline.query;

import news.timeline.timeline.text.Names;

import news.timeline.timeline.view.EntityCountView;

import news.timeline.timeline.view.EntitiesView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        counts.addAll(count("select a, e.id from TimelineEntry e join e.actors a where lower(a) like :q escape '!'",
                pattern, "actor"));
        counts.addAll(count("select e.location, e.id from TimelineEntry e where e.location is not null"
                + " and lower(e.location) like :q escape '!'", pattern, "location"));
        counts.sort(Comparator.comparingLong(EntityCountView::events).reversed()
                .thenComparing(EntityCountView::name).thenComparing(EntityCountView::kind));
        return new EntitiesView(List.copyOf(counts.subList(0, Math.min(max, counts.size()))));
    }

    /**
     * Entries per entity, where the names reports give one actor ("Trump", "Mr. Trump", "Donald Trump") count as one
     * entity under its fullest form; a short name that fits several goes to the most named of them.
     */
    private static List<EntityCountView> count(String hql, String pattern, String kind) {
        TypedQuery<Object[]> query = TimelineEntry.getEntityManager().createQuery(hql, Object[].class);
        Map<String, Set<Long>> entriesByName = new HashMap<>();
        for (Object[] row : query.setParameter("q", pattern).getResultList()) {
            entriesByName.computeIfAbsent((String) row[0], n -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        // Longest names first, so that each shorter name joins the fullest form it matches.
        List<String> names = entriesByName.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -Names.words(n).size())
                        .thenComparing(n -> -entriesByName.get(n).size()).thenComparing(n -> n))
                .toList();
        Map<String, Set<Long>> entities = new LinkedHashMap<>();
        for (String name : names) {
            String entity = entities.keySet().stream().filter(known -> Names.same(known, name))
                    .max(Comparator.comparingInt(known -> entities.get(known).size())).orElse(name);
            entities.computeIfAbsent(entity, e -> new HashSet<>()).addAll(entriesByName.get(name));
        }
        return entities.entrySet().stream()
                .map(e -> new EntityCountView(e.getKey(), kind, e.getValue().size())).toList();
    }
}

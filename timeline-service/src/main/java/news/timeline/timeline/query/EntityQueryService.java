package news.timeline.timeline.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.text.Names;
import news.timeline.timeline.view.EntitiesView;
import news.timeline.timeline.view.EntityCountView;

/**
 * On how many timeline entries each actor and place appears, read from the counts kept as entries change
 * ({@code entity_stat}), never by counting reports per request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityQueryService {

    /** Names read per name asked for, so that the forms of one actor can be joined under its fullest one. */
    private static final int READ_AHEAD = 4;

    private final TimelineConfig config;
    private final SharedResponses<Request, Rendered<EntitiesView>> cache;
    private final ObjectWriter json;

    public EntityQueryService(TimelineConfig config, MeterRegistry registry, ObjectMapper mapper) {
        this.config = config;
        this.json = mapper.writer();
        this.cache = SharedResponses.of(config.entitiesCache(), registry, "entities",
                r -> new Rendered<>(read(r.pattern(), r.max()), json));
    }

    /** A request as the cache knows it: the LIKE pattern (null for all) and the number of names. */
    private record Request(String pattern, int max) {
    }

    private record Count(String name, String kind, long entries) {
    }

    /**
     * @param q     part of a name, case-insensitive, or null for all
     * @param limit how many, null for the default
     */
    public Rendered<EntitiesView> entities(String q, Integer limit) {
        int max = PageSizes.resolve("limit", limit, config.entities());
        String pattern = q == null || q.isBlank() ? null
                : "%" + EntryQuery.escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
        return cache.get(new Request(pattern, max));
    }

    @SuppressWarnings("unchecked")
    private EntitiesView read(String pattern, int max) {
        String sql = "select name, kind, entries from entity_stat"
                + (pattern == null ? "" : " where name_key like :q escape '!'")
                + " order by entries desc, name_key, kind limit :limit";
        var query = TimelineEntry.getEntityManager().createNativeQuery(sql).setParameter("limit", max * READ_AHEAD);
        if (pattern != null) {
            query.setParameter("q", pattern);
        }
        List<Count> counts = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.add(new Count((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        List<EntityCountView> entities = new ArrayList<>(join(counts, "actor"));
        entities.addAll(join(counts, "location"));
        entities.sort(Comparator.comparingLong(EntityCountView::events).reversed()
                .thenComparing(EntityCountView::name).thenComparing(EntityCountView::kind));
        return new EntitiesView(List.copyOf(entities.subList(0, Math.min(max, entities.size()))));
    }

    /**
     * The names reports give one actor ("Trump", "Mr. Trump", "Donald Trump") count as one entity under its fullest
     * form; a short name that fits several goes to the most named of them.
     */
    private static List<EntityCountView> join(List<Count> counts, String kind) {
        List<Count> names = counts.stream().filter(c -> c.kind().equals(kind))
                .sorted(Comparator.comparingInt((Count c) -> -Names.words(c.name()).size())
                        .thenComparing(c -> -c.entries()).thenComparing(Count::name))
                .toList();
        Map<String, Long> entities = new LinkedHashMap<>();
        for (Count count : names) {
            String entity = entities.keySet().stream().filter(known -> Names.same(known, count.name()))
                    .max(Comparator.comparingLong(entities::get)).orElse(count.name());
            entities.merge(entity, count.entries(), Long::sum);
        }
        return entities.entrySet().stream().map(e -> new EntityCountView(e.getKey(), kind, e.getValue())).toList();
    }
}

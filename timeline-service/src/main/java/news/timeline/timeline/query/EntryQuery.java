package news.timeline.timeline.query;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A SQL restriction of {@code timeline_entry e} built from an {@link EventFilter}, with its named parameters. Every
 * part is answered by an index: dates by the date index, words by the GIN index over the entry's {@code tsvector},
 * entities by the {@code entry_entity} keys, articles by the reports' article index.
 */
final class EntryQuery {

    final StringBuilder where = new StringBuilder("true");
    final Map<String, Object> params = new HashMap<>();

    EntryQuery(EventFilter filter) {
        if (filter.from() != null) {
            and("e.date_end >= :from", "from", filter.from().start());
        }
        if (filter.to() != null) {
            and("e.date_start <= :to", "to", filter.to().end());
        }
        if (!filter.words().isEmpty()) {
            // Each word must begin a word of some report's statement or sentence, as in "summit Hels".
            and("e.id in (select s.entry_id from entry_search s where s.search_vector @@ to_tsquery('simple', :words))",
                    "words",
                    filter.words().stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
        }
        if (filter.entity() != null) {
            // "Trump" finds "Donald Trump": entry_entity holds each name under its trailing words too.
            and("e.id in (select x.entry_id from entry_entity x where x.key = :entity)", "entity", filter.entity());
        }
        if (!filter.statuses().isEmpty()) {
            and("e.status in (:statuses)", "statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.article() != null) {
            and("e.id in (select m.entry_id from mention m where m.article_id = :article)", "article",
                    filter.article());
        }
    }

    EntryQuery and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        params.put(name, value);
        return this;
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

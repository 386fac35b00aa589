package news.timeline.timeline.query;

import java.util.HashMap;
import java.util.Map;

/**
 * An HQL restriction of {@code TimelineEntry e} built from an {@link EventFilter}, with its named parameters.
 */
final class EntryQuery {

    final StringBuilder where = new StringBuilder("1 = 1");
    final Map<String, Object> params = new HashMap<>();

    EntryQuery(EventFilter filter) {
        if (filter.from() != null) {
            and("e.dateEnd >= :from", "from", filter.from().start());
        }
        if (filter.to() != null) {
            and("e.dateStart <= :to", "to", filter.to().end());
        }
        for (int i = 0; i < filter.words().size(); i++) {
            and("e.searchText like :word" + i, "word" + i, "% " + filter.words().get(i) + "%");
        }
        if (filter.entity() != null) {
            // "Trump" finds "Donald Trump": a name matches whole or as its last words.
            where.append(" and (lower(e.location) = :entity or lower(e.location) like :entityTail escape '!'"
                    + " or exists (select 1 from TimelineEntry x join x.actors a where x = e"
                    + " and (lower(a) = :entity or lower(a) like :entityTail escape '!')))");
            params.put("entity", filter.entity());
            params.put("entityTail", "% " + escapeLike(filter.entity()));
        }
        if (filter.article() != null) {
            and("exists (select 1 from Mention m where m.entry = e and m.article.id = :article)", "article",
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

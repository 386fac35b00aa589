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

    private static final String WORDS_QUERY = "to_tsquery('simple', :words)";

    final StringBuilder where = new StringBuilder("true");
    /** The same conditions as {@link #where} but the entity's, for a page that reads the entity's rows first. */
    final StringBuilder whereBesidesEntity = new StringBuilder("true");
    final Map<String, Object> params = new HashMap<>();
    /** The entity key asked for, or null. */
    final String entity;
    /** The conditions other than words and entity: the period, statuses and article. */
    private final StringBuilder scope = new StringBuilder("true");
    /** The same conditions as {@link #where} but the words'. */
    private final StringBuilder whereBesidesWords = new StringBuilder("true");
    private final boolean named;
    private final boolean worded;

    EntryQuery(EventFilter filter) {
        named = !filter.words().isEmpty() || filter.entity() != null;
        worded = !filter.words().isEmpty();
        entity = filter.entity();
        if (filter.from() != null) {
            scoped("e.date_end >= :from", "from", filter.from().start());
        }
        if (filter.to() != null) {
            scoped("e.date_start <= :to", "to", filter.to().end());
        }
        if (!filter.words().isEmpty()) {
            // Each word must begin a word of some report's statement or sentence, as in "summit Hels".
            String words = "e.id in (select s.entry_id from entry_search s where s.search_vector @@ "
                    + WORDS_QUERY + ")";
            where.append(" and ").append(words);
            whereBesidesEntity.append(" and ").append(words);
            params.put("words", filter.words().stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
        }
        if (filter.entity() != null) {
            // "Trump" finds "Donald Trump": entry_entity holds each name under its trailing words too.
            String named = " and e.id in (select x.entry_id from entry_entity x where x.key = :entity)";
            where.append(named);
            whereBesidesWords.append(named);
            params.put("entity", filter.entity());
        }
        if (!filter.statuses().isEmpty()) {
            scoped("e.status in (:statuses)", "statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.article() != null) {
            scoped("e.id in (select m.entry_id from mention m where m.article_id = :article)", "article",
                    filter.article());
        }
    }

    private void scoped(String condition, String name, Object value) {
        and(condition, name, value);
        scope.append(" and ").append(condition);
    }

    /**
     * The story the words or entity pick out, not only the entries whose own reports name them: also the other
     * entries, within the period, of the articles that report one of the {@code entries} most salient matching
     * entries (at most {@code articles} reports of them are followed, so the cost stays bounded). An article about
     * Michael Jackson tells of his doctor's trial without naming him in that sentence. Without words or entity, the
     * query as it is.
     * <p>
     * Only the {@code entries} most salient matching entries are kept of the matches, which changes nothing for a
     * caller that takes at most {@code entries} entries in salience order (any match among them is among those), and
     * the restriction is a list of ids: the caller's statement reads those entries and sorts them, whatever the
     * store holds.
     */
    EntryQuery story(int entries, int articles) {
        if (!named) {
            return this;
        }
        String seeds = mostSalient("storyEntries");
        where.setLength(0);
        where.append(scope).append(" and e.id = any(array(with seeds as (").append(seeds)
                .append(") select id from seeds union select x.entry_id from mention x where x.article_id in"
                        + " (select m.article_id from mention m where m.entry_id in (select id from seeds)"
                        + " limit :storyArticles)))");
        params.put("storyEntries", entries);
        params.put("storyArticles", articles);
        return this;
    }

    /**
     * A statement of the ids ({@code id}) of the matching entries, the most salient first, at most the named
     * parameter's number. With words, the matches are ranked by the salience kept beside their words
     * ({@code entry_search.salience}), so the cost is that of the matches; walking every entry in salience order
     * until enough match would read the whole store for a rare word.
     */
    String mostSalient(String limitParameter) {
        if (!worded) {
            return "select e.id from timeline_entry e where " + where + " order by e.salience desc, e.id limit :"
                    + limitParameter;
        }
        String besidesWords = whereBesidesWords.toString();
        return "select s.entry_id as id from entry_search s"
                + (besidesWords.equals("true") ? "" : " join timeline_entry e on e.id = s.entry_id")
                + " where s.search_vector @@ " + WORDS_QUERY + " and " + besidesWords
                + " order by s.salience desc, s.entry_id limit :" + limitParameter;
    }

    EntryQuery and(String condition, String name, Object value) {
        and(condition);
        params.put(name, value);
        return this;
    }

    EntryQuery and(String condition) {
        where.append(" and ").append(condition);
        whereBesidesEntity.append(" and ").append(condition);
        whereBesidesWords.append(" and ").append(condition);
        return this;
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

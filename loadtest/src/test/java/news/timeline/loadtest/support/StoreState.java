package news.timeline.loadtest.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What timeline-service stored, read with JDBC: articles, mentions and how mentions are grouped into entries. */
public record StoreState(List<String> articleIds, List<String> mentionKeys, Map<String, Integer> mentionsByArticle,
        List<String> duplicateMentionKeys, long entries, Set<String> entryGroups) {

    /** A mention as {@code article_id/event_index/date_value}. */
    public static StoreState read(Connection c) throws SQLException {
        List<String> articles = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        Map<String, Integer> byArticle = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        Map<Long, Set<String>> groups = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select id from article order by id")) {
                while (r.next()) {
                    articles.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery(
                    "select article_id, event_index, date_value, entry_id from mention order by article_id, event_index")) {
                while (r.next()) {
                    String key = r.getString(1) + "/" + r.getInt(2) + "/" + r.getString(3);
                    mentions.add(key);
                    byArticle.merge(r.getString(1), 1, Integer::sum);
                    groups.computeIfAbsent(r.getLong(4), id -> new TreeSet<>()).add(key);
                }
            }
            try (ResultSet r = s.executeQuery("select article_id || '/' || event_index from mention "
                    + "group by article_id, event_index having count(*) > 1")) {
                while (r.next()) {
                    duplicates.add(r.getString(1));
                }
            }
            long entries;
            try (ResultSet r = s.executeQuery("select count(*) from timeline_entry")) {
                r.next();
                entries = r.getLong(1);
            }
            Set<String> entryGroups = new HashSet<>();
            groups.values().forEach(g -> entryGroups.add(String.join(",", g)));
            return new StoreState(articles, mentions, byArticle, duplicates, entries, entryGroups);
        }
    }
}

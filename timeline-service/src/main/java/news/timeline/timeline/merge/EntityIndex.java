package news.timeline.timeline.merge;

import news.timeline.timeline.text.PgArrays;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.entity.TimelineEntry;

/**
 * Keeps the entity tables in step with the entries of one transaction: {@code entry_entity} (the keys under which
 * the entity filter finds an entry: each name and its trailing words, "donald trump" and "trump") and
 * {@code entity_stat} (on how many entries each name appears). Changes are collected while reports merge and
 * written in a few set-based statements, in key order so that concurrent writers take row locks in one order.
 */
final class EntityIndex {

    static final String ACTOR = "actor";
    static final String LOCATION = "location";
    private static final int MAX_NAME = 512;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private record Stat(String nameKey, String kind) {
    }

    private final Map<Stat, Integer> deltas = new TreeMap<>(
            Comparator.comparing(Stat::nameKey).thenComparing(Stat::kind));
    private final Map<Stat, String> displayNames = new java.util.HashMap<>();
    /** One row of entry_entity. */
    private record Key(String key, long entryId) {
    }

    private final Set<Key> added = new LinkedHashSet<>();
    private final Set<Key> removed = new LinkedHashSet<>();

    /** An entry's names before a change, to compare with after it. */
    record Named(List<String> actors, String location) {
        static Named of(TimelineEntry entry) {
            return new Named(List.copyOf(entry.actors), entry.location);
        }

        static Named none() {
            return new Named(List.of(), null);
        }
    }

    void changed(long entryId, Named before, Named after) {
        diff(entryId, before.actors(), after.actors(), ACTOR);
        diff(entryId, before.location() == null ? List.of() : List.of(before.location()),
                after.location() == null ? List.of() : List.of(after.location()), LOCATION);
        Set<String> keysBefore = keys(before);
        Set<String> keysAfter = keys(after);
        for (String key : keysAfter) {
            if (!keysBefore.contains(key)) {
                added.add(new Key(key, entryId));
                removed.remove(new Key(key, entryId));
            }
        }
        for (String key : keysBefore) {
            if (!keysAfter.contains(key)) {
                removed.add(new Key(key, entryId));
                added.remove(new Key(key, entryId));
            }
        }
    }

    private void diff(long entryId, List<String> before, List<String> after, String kind) {
        Set<String> old = new HashSet<>();
        before.forEach(n -> old.add(nameKey(n)));
        Set<String> now = new HashSet<>();
        for (String name : after) {
            String key = nameKey(name);
            now.add(key);
            if (!old.contains(key)) {
                Stat stat = new Stat(key, kind);
                deltas.merge(stat, 1, Integer::sum);
                displayNames.putIfAbsent(stat, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
            }
        }
        for (String key : old) {
            if (!now.contains(key)) {
                deltas.merge(new Stat(key, kind), -1, Integer::sum);
            }
        }
    }

    /** Writes the collected changes; call after the entries are flushed. */
    void write(EntityManager em) {
        if (!removed.isEmpty()) {
            em.createNativeQuery("delete from entry_entity x using unnest(cast(?1 as text[]), cast(?2 as bigint[]))"
                    + " as r(key, entry_id) where x.key = r.key and x.entry_id = r.entry_id")
                    .setParameter(1, PgArrays.text(removed.stream().map(Key::key).toArray(String[]::new)))
                    .setParameter(2, PgArrays.numbers(removed.stream().map(Key::entryId).toList())).executeUpdate();
        }
        if (!added.isEmpty()) {
            em.createNativeQuery("insert into entry_entity (key, entry_id) select key, entry_id from"
                    + " unnest(cast(?1 as text[]), cast(?2 as bigint[])) as a(key, entry_id)"
                    + " order by key, entry_id on conflict do nothing")
                    .setParameter(1, PgArrays.text(added.stream().map(Key::key).toArray(String[]::new)))
                    .setParameter(2, PgArrays.numbers(added.stream().map(Key::entryId).toList())).executeUpdate();
        }
        List<Map.Entry<Stat, Integer>> changes = deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (!changes.isEmpty()) {
            String[] keys = changes.stream().map(e -> e.getKey().nameKey()).toArray(String[]::new);
            String[] kinds = changes.stream().map(e -> e.getKey().kind()).toArray(String[]::new);
            String[] names = changes.stream()
                    .map(e -> displayNames.getOrDefault(e.getKey(), e.getKey().nameKey())).toArray(String[]::new);
            Integer[] counts = changes.stream().map(Map.Entry::getValue).toArray(Integer[]::new);
            em.createNativeQuery("insert into entity_stat (name_key, kind, name, entries) select * from"
                    + " unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as int[]))"
                    + " order by 1, 2 on conflict (name_key, kind) do update"
                    + " set entries = entity_stat.entries + excluded.entries")
                    .setParameter(1, PgArrays.text(keys)).setParameter(2, PgArrays.text(kinds))
                    .setParameter(3, PgArrays.text(names)).setParameter(4, PgArrays.numbers(List.of(counts)))
                    .executeUpdate();
            em.createNativeQuery("delete from entity_stat s using unnest(cast(?1 as text[]), cast(?2 as text[]))"
                    + " as c(name_key, kind) where s.name_key = c.name_key and s.kind = c.kind and s.entries <= 0")
                    .setParameter(1, PgArrays.text(keys)).setParameter(2, PgArrays.text(kinds)).executeUpdate();
        }
        deltas.clear();
        displayNames.clear();
        added.clear();
        removed.clear();
    }

    static String nameKey(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    /** Every key the entity filter finds a name by: the whole name and each run of its last words. */
    static Set<String> keysOf(String name) {
        String[] words = WHITESPACE.split(name.trim().toLowerCase(Locale.ROOT));
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String key = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> keys(Named names) {
        Set<String> keys = new LinkedHashSet<>();
        names.actors().forEach(a -> keys.addAll(keysOf(a)));
        if (names.location() != null) {
            keys.addAll(keysOf(names.location()));
        }
        return keys;
    }
}

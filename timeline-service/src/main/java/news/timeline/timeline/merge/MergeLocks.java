package news.timeline.timeline.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;

/**
 * Transaction-scoped PostgreSQL advisory locks on date buckets ({@link DateBuckets}), so that merges on several
 * consumers or instances never both miss each other's new entry: a report that files into a bucket and one that
 * searches it never run at once, reports that cannot meet do. All locks of a transaction are taken up front in one
 * global order, so no two merges deadlock.
 */
final class MergeLocks {

    /** First key of every merge lock (any constant shared by all instances). */
    private static final int NAMESPACE = 0x54494d45;

    private final Map<String, Boolean> exclusive = new TreeMap<>(
            Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder()));

    /** Everything the transaction may touch: every bucket exclusively. */
    void write(Iterable<String> buckets) {
        buckets.forEach(b -> exclusive.put(b, true));
    }

    /** One bucket, exclusively or shared; exclusive wins when the transaction needs it both ways. */
    void take(String bucket, boolean exclusively) {
        exclusive.merge(bucket, exclusively, Boolean::logicalOr);
    }

    /** Takes every lock in one statement: the array order is the global order, so no two merges deadlock. */
    void acquire(EntityManager em) {
        List<Integer> keys = new ArrayList<>();
        List<Boolean> writes = new ArrayList<>();
        for (Map.Entry<String, Boolean> lock : exclusive.entrySet()) {
            int key = lock.getKey().hashCode();
            if (!keys.isEmpty() && keys.get(keys.size() - 1) == key) {
                // a hash collision: the same lock, exclusive when either wants it
                writes.set(writes.size() - 1, writes.get(writes.size() - 1) || lock.getValue());
                continue;
            }
            keys.add(key);
            writes.add(lock.getValue());
        }
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("select count(case when t.w then pg_advisory_xact_lock(" + NAMESPACE + ", t.k)::text"
                + " else pg_advisory_xact_lock_shared(" + NAMESPACE + ", t.k)::text end)"
                + " from unnest(cast(?1 as int[]), cast(?2 as boolean[])) as t(k, w)")
                .setParameter(1, PgArrays.numbers(keys))
                .setParameter(2, writes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getSingleResult();
    }
}

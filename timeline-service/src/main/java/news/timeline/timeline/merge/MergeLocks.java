package news.timeline.timeline.merge;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

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

    void acquire(EntityManager em) {
        int last = 0;
        boolean any = false;
        for (Map.Entry<String, Boolean> lock : exclusive.entrySet()) {
            int key = lock.getKey().hashCode();
            if (any && key == last) {
                continue; // a hash collision: the same lock, already held (exclusively when either wanted it)
            }
            boolean write = exclusive.entrySet().stream()
                    .anyMatch(e -> e.getKey().hashCode() == key && e.getValue());
            em.createNativeQuery("select " + (write ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
                    + "(" + NAMESPACE + ", " + key + ")").getSingleResult();
            last = key;
            any = true;
        }
    }
}

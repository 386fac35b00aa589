package news.timeline.timeline.merge;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

/**
 * Transaction-scoped PostgreSQL advisory locks on date buckets, so that merges on several instances never both
 * miss each other's new entry. A merge takes its report's own buckets exclusively (a new entry is filed there) and
 * the other buckets it searches shared: reports of different months proceed in parallel, reports that could meet
 * are serialized. All locks of a transaction are taken up front in one global order, so no two merges deadlock.
 */
final class MergeLocks {

    /** First key of every merge lock (any constant shared by all instances). */
    private static final int NAMESPACE = 0x54494d45;

    private final Map<String, Boolean> exclusive = new TreeMap<>(
            Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder()));

    void write(Iterable<String> buckets) {
        buckets.forEach(b -> exclusive.put(b, true));
    }

    void read(Iterable<String> buckets) {
        buckets.forEach(b -> exclusive.putIfAbsent(b, false));
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

package news.timeline.timeline.stream;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;

/**
 * Collects the entries one merge transaction changes and writes them to {@code entry_change} in one statement at its
 * end: one row per entry, however many reports touched it.
 * <p>
 * The statement first takes a shared advisory lock, held until the transaction ends, then takes the sequence values.
 * {@link ChangeStore#watermark} takes the same lock exclusively: once it has it, no transaction holds a seq it has not
 * committed or rolled back, so every seq up to the largest visible one is final. Writers never wait for one another,
 * only for a reader's instant of reading the largest seq.
 */
public final class ChangeLog {

    /** First key of the change log's advisory lock (any constant shared by all instances, unlike MergeLocks'). */
    static final int LOCK_NAMESPACE = 0x43484e47;
    static final int LOCK_KEY = 0;

    private final Map<Long, ChangeKind> changes = new LinkedHashMap<>();

    public void created(long entryId) {
        changes.put(entryId, ChangeKind.CREATED);
    }

    /** An entry created in this transaction stays created, whatever else happens to it before the commit. */
    public void updated(long entryId) {
        changes.putIfAbsent(entryId, ChangeKind.UPDATED);
    }

    /** An entry created and deleted in the same transaction was never seen by anyone: no change at all. */
    public void deleted(long entryId) {
        if (changes.get(entryId) == ChangeKind.CREATED) {
            changes.remove(entryId);
        } else {
            changes.put(entryId, ChangeKind.DELETED);
        }
    }

    /** Writes the collected changes, in one statement; call once the entries are flushed. */
    public void write(EntityManager em) {
        if (changes.isEmpty()) {
            return;
        }
        // The lock's CTE is volatile, so it is evaluated once and before any row of the join reaches the insert,
        // which takes the sequence values.
        em.createNativeQuery("with lock as (select pg_advisory_xact_lock_shared(" + LOCK_NAMESPACE + ", " + LOCK_KEY
                + ")) insert into entry_change (entry_id, kind) select c.id, c.kind from lock,"
                + " unnest(cast(?1 as bigint[]), cast(?2 as text[])) with ordinality as c(id, kind, n) order by c.n")
                .setParameter(1, PgArrays.numbers(changes.keySet()))
                .setParameter(2, PgArrays.text(changes.values().stream().map(ChangeKind::label).toArray(String[]::new)))
                .executeUpdate();
        changes.clear();
    }
}

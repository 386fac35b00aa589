package news.timeline.timeline.stream;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.query.ChangedEntries;
import news.timeline.timeline.query.EventFilter;

/** Reads the change log ({@code entry_change}); every method runs in a transaction of its own. */
@ApplicationScoped
public class ChangeStore {

    /** The log's bounds: resuming after a seq below {@code pruned} or above {@code latest} cannot be exact. */
    record Bounds(long pruned, long latest) {
    }

    private final ChangedEntries entries;

    public ChangeStore(ChangedEntries entries) {
        this.entries = entries;
    }

    /**
     * The largest seq up to which the log is final: no transaction still holds a smaller seq, so no row up to it can
     * appear later. Takes the change log's lock exclusively for an instant (see {@link ChangeLog}): the writers that
     * hold it shared are finishing their commits, and the ones that ask for it meanwhile wait for that instant.
     */
    public long watermark() {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = em();
            em.createNativeQuery("select pg_advisory_xact_lock(" + ChangeLog.LOCK_NAMESPACE + ", " + ChangeLog.LOCK_KEY
                    + ")::text").getSingleResult();
            // A statement of its own: its snapshot is taken after the lock was granted.
            return ((Number) em.createNativeQuery("select coalesce((select max(seq) from entry_change),"
                    + " (select seq from entry_change_mark where name = 'pruned'))").getSingleResult()).longValue();
        });
    }

    Bounds bounds() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em().createNativeQuery("select m.seq, coalesce((select max(seq) from entry_change),"
                    + " m.seq) from entry_change_mark m where m.name = 'pruned'").getSingleResult();
            return new Bounds(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        });
    }

    /**
     * The changes after {@code after} up to {@code upTo} (a {@link #watermark}), at most {@code limit}, with their
     * entries and which of them each filter matches, in one read-only transaction.
     */
    @SuppressWarnings("unchecked")
    ChangePage page(long after, long upTo, int limit, Collection<EventFilter> filters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The pruned mark comes with the rows, from the same snapshot: rows a pruning removed meanwhile show as a
            // mark past 'after', never as a silent gap.
            List<Object[]> rows = em().createNativeQuery("select m.seq, c.seq, c.entry_id, c.kind, c.changed_at"
                    + " from entry_change_mark m left join lateral (select * from entry_change where seq > ?1"
                    + " and seq <= ?2 order by seq limit ?3) c on true where m.name = 'pruned' order by c.seq")
                    .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit).getResultList();
            long pruned = ((Number) rows.get(0)[0]).longValue();
            List<Change> changes = new ArrayList<>();
            for (Object[] row : rows) {
                if (row[1] != null) {
                    changes.add(new Change(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                            ChangeKind.of((String) row[3]), instant(row[4])));
                }
            }
            long end = changes.size() < limit ? upTo : changes.get(changes.size() - 1).seq();
            Set<Long> live = new LinkedHashSet<>();
            changes.stream().filter(c -> c.kind() != ChangeKind.DELETED).forEach(c -> live.add(c.entryId()));
            Map<EventFilter, Set<Long>> matches = new HashMap<>();
            for (EventFilter filter : filters) {
                if (!ChangedEntries.matchesAll(filter)) {
                    matches.computeIfAbsent(filter, f -> entries.matching(f, live));
                }
            }
            return new ChangePage(changes, pruned, end, entries.views(live), matches);
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }

    private static EntityManager em() {
        return TimelineEntry.getEntityManager();
    }
}

package news.timeline.timeline.stream;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Keeps the change log to its retention: every {@code pruneInterval}, deletes the oldest changes older than the
 * retention, at most {@code pruneBatch} rows per transaction, and moves the 'pruned' mark with them (what a resuming
 * client is checked against). Never past the Kafka relay's 'published' mark (while the broker is away the log keeps
 * what it has not relayed) nor the newest change (the store's latest seq stays known).
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);
    /** Batches per run: a backlog (after the retention was shortened) goes in bounded steps. */
    private static final int MAX_BATCHES_PER_RUN = 10;

    private final ChangeConfig config;
    private Periodic timer;

    public ChangeRetention(ChangeConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        timer = new Periodic("change-retention", config.pruneInterval(), () -> prune(Instant.now().minus(config.retention())));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.close();
        }
    }

    /** Prunes changes made before {@code cutoff}; returns how many rows went. */
    int prune(Instant cutoff) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> pruneBatch(cutoff));
            total += deleted;
            if (deleted < config.pruneBatch()) {
                break;
            }
        }
        if (total > 0) {
            LOG.debugf("Pruned %d changes made before %s", total, cutoff);
        }
        return total;
    }

    private int pruneBatch(Instant cutoff) {
        EntityManager em = TimelineEntry.getEntityManager();
        // The cut is the largest seq among the oldest pruneBatch rows made before the cutoff: one index range read.
        // Rows below it are deleted even if a long transaction stamped them a little later: the log stays a suffix.
        Number cut = (Number) em.createNativeQuery("select max(h.seq) from (select seq, changed_at from entry_change"
                + " order by seq limit ?1) h where h.changed_at < ?2"
                + " and h.seq <= (select seq from entry_change_mark where name = 'published')"
                + " and h.seq < (select max(seq) from entry_change)")
                .setParameter(1, config.pruneBatch()).setParameter(2, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .getSingleResult();
        if (cut == null) {
            return 0;
        }
        int deleted = em.createNativeQuery("delete from entry_change where seq <= ?1")
                .setParameter(1, cut.longValue()).executeUpdate();
        em.createNativeQuery("update entry_change_mark set seq = ?1 where name = 'pruned' and seq < ?1")
                .setParameter(1, cut.longValue()).executeUpdate();
        return deleted;
    }
}

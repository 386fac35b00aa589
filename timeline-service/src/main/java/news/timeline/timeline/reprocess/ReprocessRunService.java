package news.timeline.timeline.reprocess;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.timeline.contract.ReprocessRun;
import news.timeline.timeline.query.InvalidParameterException;
import news.timeline.timeline.view.ReprocessRunView;

/** Reads a reprocess run's totals: one row, however many articles the run re-extracted. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReprocessRunService {

    private final EntityManager em;

    public ReprocessRunService(EntityManager em) {
        this.em = em;
    }

    public Optional<ReprocessRunView> find(String run) {
        if (!ReprocessRun.isValid(run)) {
            throw new InvalidParameterException("run", "must be a run id as ./timeline reprocess prints it "
                    + "(letters, digits, '.', '_', '-'; at most " + ReprocessRun.MAX_LENGTH + "), not '" + run + "'");
        }
        List<?> rows = em.createNativeQuery("select articles, changed, events_added, events_removed, events_redated,"
                + " first_at, last_at from reprocess_run where run_id = ?1").setParameter(1, run).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            long articles = number(r[0]);
            long changed = number(r[1]);
            return new ReprocessRunView(run, articles, changed, articles - changed, number(r[2]), number(r[3]),
                    number(r[4]), instant(r[5]), instant(r[6]));
        });
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}

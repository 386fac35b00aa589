package news.timeline.timeline.merge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Gives entries stored before merge profiles existed (schema V3) their profile, keys and salience, a bounded chunk
 * per transaction, in the background after start. A fresh store has nothing to do here.
 */
@ApplicationScoped
public class ProfileBackfill {

    private static final Logger LOG = Logger.getLogger(ProfileBackfill.class);
    private static final int CHUNK = 200;

    private final ArticleIngestionService ingestion;

    public ProfileBackfill(ArticleIngestionService ingestion) {
        this.ingestion = ingestion;
    }

    void onStart(@Observes StartupEvent start) {
        Infrastructure.getDefaultWorkerPool().execute(this::run);
    }

    private void run() {
        try {
            int done = 0;
            for (List<Long> ids = pending(); !ids.isEmpty(); ids = pending()) {
                done += ingestion.backfill(ids);
            }
            if (done > 0) {
                LOG.infof("Backfilled the merge profiles of %d entries", done);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Backfilling merge profiles stopped (it resumes at the next start): %s", e.getMessage());
        }
    }

    private static List<Long> pending() {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.<TimelineEntry>find("profile is null")
                .range(0, CHUNK - 1).list().stream().map(e -> e.id).toList());
    }
}

package news.timeline.timeline.reprocess;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;

/**
 * Collects what one merge transaction's reprocessed articles changed and writes it at its end, in one statement: a
 * row per article in {@code article_revision}, and the run's totals in {@code reprocess_run} raised by the rows that
 * were new (a redelivered record of the same run and article counts once).
 */
public final class RevisionLog {

    private record Revision(String run, String articleId, boolean changed, RevisionDiff diff) {
    }

    private final List<Revision> revisions = new ArrayList<>();

    /** An article the run re-extracted to the same events it had: nothing rewritten. */
    public void unchanged(String run, String articleId) {
        revisions.add(new Revision(run, articleId, false, new RevisionDiff(0, 0, 0)));
    }

    /** An article the run re-extracted to a new revision, whose reports were replaced. */
    public void changed(String run, String articleId, RevisionDiff diff) {
        revisions.add(new Revision(run, articleId, true, diff));
    }

    public void write(EntityManager em) {
        if (revisions.isEmpty()) {
            return;
        }
        // Runs in id order, so that two transactions raising the same runs' totals take their rows in one order.
        em.createNativeQuery("with r as (insert into article_revision (run_id, article_id, changed, events_added,"
                + " events_removed, events_redated) select t.run, t.article, t.changed <> 0, t.added, t.removed,"
                + " t.redated from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as int[]), cast(?4 as int[]),"
                + " cast(?5 as int[]), cast(?6 as int[])) as t(run, article, changed, added, removed, redated)"
                + " on conflict do nothing returning *)"
                + " insert into reprocess_run (run_id, articles, changed, events_added, events_removed, events_redated,"
                + " first_at, last_at) select run_id, count(*), count(*) filter (where changed), sum(events_added),"
                + " sum(events_removed), sum(events_redated), now(), now() from r group by run_id order by run_id"
                + " on conflict (run_id) do update set articles = reprocess_run.articles + excluded.articles,"
                + " changed = reprocess_run.changed + excluded.changed,"
                + " events_added = reprocess_run.events_added + excluded.events_added,"
                + " events_removed = reprocess_run.events_removed + excluded.events_removed,"
                + " events_redated = reprocess_run.events_redated + excluded.events_redated,"
                + " last_at = excluded.last_at")
                .setParameter(1, PgArrays.text(revisions.stream().map(Revision::run).toArray(String[]::new)))
                .setParameter(2, PgArrays.text(revisions.stream().map(Revision::articleId).toArray(String[]::new)))
                .setParameter(3, PgArrays.numbers(revisions.stream().map(r -> r.changed() ? 1 : 0).toList()))
                .setParameter(4, PgArrays.numbers(revisions.stream().map(r -> r.diff().added()).toList()))
                .setParameter(5, PgArrays.numbers(revisions.stream().map(r -> r.diff().removed()).toList()))
                .setParameter(6, PgArrays.numbers(revisions.stream().map(r -> r.diff().redated()).toList()))
                .executeUpdate();
        revisions.clear();
    }
}

package news.timeline.timeline.merge;

import news.timeline.timeline.text.PgArrays;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.text.TimexDate;

/**
 * Finds the entry a report belongs to among a bounded candidate set: the entries found under the report's merge
 * keys (a GIN index probe, at most {@code timeline.merge.max-candidates}, most reported first), plus the entries the
 * article being processed already touched. Each candidate is scored against its bounded profile, never against all
 * of its reports.
 */
@ApplicationScoped
public class CandidateFinder {

    private final MergeScorer scorer;
    private final TimelineConfig config;

    public CandidateFinder(MergeScorer scorer, TimelineConfig config) {
        this.scorer = scorer;
        this.config = config;
    }

    /**
     * @param superseded the earlier version's reports of the article, by entry: they guide it back to its entries
     * @param own        the reports of this version filed so far, by entry: within one article only restatements
     *                   merge
     * @return the best fitting entry, or null for a new one
     */
    TimelineEntry best(EntityManager em, MentionFeatures report, TimexDate date,
            Map<Long, List<MentionFeatures>> superseded, Map<Long, List<MentionFeatures>> own) {
        Map<Long, TimelineEntry> candidates = new LinkedHashMap<>();
        for (TimelineEntry entry : lookup(em, report, date)) {
            candidates.put(entry.id, entry);
        }
        for (Long id : superseded.keySet()) {
            candidates.computeIfAbsent(id, i -> em.find(TimelineEntry.class, i));
        }
        for (Long id : own.keySet()) {
            candidates.computeIfAbsent(id, i -> em.find(TimelineEntry.class, i));
        }
        TimelineEntry best = null;
        double bestScore = -1;
        for (TimelineEntry entry : candidates.values()) {
            if (entry == null || entry.profile == null) {
                continue;
            }
            List<MentionFeatures> reports = new ArrayList<>();
            for (EntryProfile.Sample sample : entry.profile.samples()) {
                reports.add(MentionFeatures.of(sample, report.articleId()));
            }
            reports.addAll(superseded.getOrDefault(entry.id, List.of()));
            reports.addAll(own.getOrDefault(entry.id, List.of()));
            OptionalDouble fit = scorer.fit(report, date, entry.dateStart, entry.dateEnd, reports);
            // Ties go to the older entry, so the outcome does not depend on the order of the candidates.
            if (fit.isPresent() && (fit.getAsDouble() > bestScore
                    || fit.getAsDouble() == bestScore && entry.id < best.id)) {
                best = entry;
                bestScore = fit.getAsDouble();
            }
        }
        return best == null ? null : modifiable(em, best);
    }

    private static TimelineEntry modifiable(EntityManager em, TimelineEntry entry) {
        em.unwrap(Session.class).setReadOnly(entry, false);
        return entry;
    }

    /**
     * The entries sharing the most keys with the report, reading at most {@code candidates-per-key} entries per key
     * (the heaviest, then the newest), so that the cost does not grow with the entries filed under a busy key.
     */
    @SuppressWarnings("unchecked")
    private List<TimelineEntry> lookup(EntityManager em, MentionFeatures report, TimexDate date) {
        List<String> words = MergeKeys.words(report);
        if (words.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select e.* from (select c.entry_id, count(*) as shared"
                + " from unnest(cast(?1 as text[])) as q(key) cross join lateral (select i.entry_id"
                + " from entry_key_item i where i.key = q.key"
                + " and ((i.date_start <= ?2 and i.date_end >= ?3) or (i.date_start >= ?2 and i.date_end <= ?3))"
                + " order by i.weight desc, i.entry_id desc limit ?5) c"
                + " group by c.entry_id order by shared desc, c.entry_id desc limit ?4) c"
                + " join timeline_entry e on e.id = c.entry_id", TimelineEntry.class)
                .setParameter(1, PgArrays.text(MergeKeys.lookup(words, date.start(), date.end())))
                .setParameter(2, date.start()).setParameter(3, date.end())
                .setParameter(4, config.merge().maxCandidates())
                .setParameter(5, config.merge().candidatesPerKey())
                // Only the entry a report joins is changed (see #modifiable): the others need no snapshot to
                // dirty-check at flush, and their JSON profiles no deep copy.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }
}

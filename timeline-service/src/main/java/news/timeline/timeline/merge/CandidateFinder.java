package news.timeline.timeline.merge;

import news.timeline.timeline.text.PgArrays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import news.timeline.contract.timex.TimexValue;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Finds the entry a report belongs to among a bounded candidate set: the entries found under the report's merge
 * keys (at most {@code timeline.merge.candidates-per-key} read per key, at most {@code timeline.merge.max-candidates}
 * kept, those sharing the most keys first), plus the entries the article being processed already touched. Each
 * candidate is scored against its bounded profile, never against all of its reports; profiles come from
 * {@link CandidateProfiles}, so only the entry a report joins is loaded as an entity.
 */
@ApplicationScoped
public class CandidateFinder {

    private final MergeScorer scorer;
    private final CandidateProfiles profiles;
    private final TimelineConfig config;

    public CandidateFinder(MergeScorer scorer, CandidateProfiles profiles, TimelineConfig config) {
        this.scorer = scorer;
        this.profiles = profiles;
        this.config = config;
    }

    /**
     * @param superseded the earlier version's reports of the article, by entry: they guide it back to its entries
     * @param own        the reports of this version filed so far, by entry: within one article only restatements
     *                   merge
     * @return the best fitting entry, loaded and modifiable, or null for a new one
     */
    TimelineEntry best(EntityManager em, MentionFeatures report, TimexValue date,
            Map<Long, List<MentionFeatures>> superseded, Map<Long, List<MentionFeatures>> own) {
        Long best = null;
        double bestScore = -1;
        // Entries this article changed are scored as they stand in this session, not as last flushed.
        Map<Long, TimelineEntry> touched = new LinkedHashMap<>();
        for (Long id : superseded.keySet()) {
            touched.computeIfAbsent(id, i -> em.find(TimelineEntry.class, i));
        }
        for (Long id : own.keySet()) {
            touched.computeIfAbsent(id, i -> em.find(TimelineEntry.class, i));
        }
        for (TimelineEntry entry : touched.values()) {
            if (entry == null || entry.profile == null) {
                continue;
            }
            List<MentionFeatures> samples = CandidateProfiles.Candidate.of(entry.id, entry.version, entry.dateStart,
                    entry.dateEnd, entry.profile).samplesFor(report.articleId());
            OptionalDouble fit = fit(report, date, entry.id, entry.dateStart, entry.dateEnd, samples, superseded, own);
            if (better(fit, entry.id, bestScore, best)) {
                best = entry.id;
                bestScore = fit.getAsDouble();
            }
        }
        for (CandidateProfiles.Candidate candidate : profiles.at(em, lookup(em, report, date))) {
            if (touched.containsKey(candidate.id())) {
                continue;
            }
            OptionalDouble fit = fit(report, date, candidate.id(), candidate.start(), candidate.end(),
                    candidate.samplesFor(report.articleId()), superseded, own);
            if (better(fit, candidate.id(), bestScore, best)) {
                best = candidate.id();
                bestScore = fit.getAsDouble();
            }
        }
        return best == null ? null : touched.containsKey(best) ? touched.get(best) : em.find(TimelineEntry.class, best);
    }

    private OptionalDouble fit(MentionFeatures report, TimexValue date, long id, LocalDate start, LocalDate end,
            List<MentionFeatures> samples, Map<Long, List<MentionFeatures>> superseded,
            Map<Long, List<MentionFeatures>> own) {
        List<MentionFeatures> reports = new ArrayList<>(samples);
        reports.addAll(superseded.getOrDefault(id, List.of()));
        reports.addAll(own.getOrDefault(id, List.of()));
        return scorer.fit(report, date, start, end, reports);
    }

    /** Ties go to the older entry, so the outcome does not depend on the order of the candidates. */
    private static boolean better(OptionalDouble fit, long id, double bestScore, Long best) {
        return fit.isPresent() && (fit.getAsDouble() > bestScore || fit.getAsDouble() == bestScore && id < best);
    }

    /**
     * The ids and current versions of the entries sharing the most keys with the report, reading at most
     * {@code candidates-per-key} entries per key (the heaviest, then the newest), so that the cost does not grow with
     * the entries filed under a busy key.
     */
    private Map<Long, Integer> lookup(EntityManager em, MentionFeatures report, TimexValue date) {
        List<String> words = MergeKeys.words(report);
        if (words.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select c.entry_id, e.version from (select c.entry_id,"
                + " count(*) as shared from unnest(cast(?1 as text[])) as q(key) cross join lateral (select i.entry_id"
                + " from entry_key_item i where i.key = q.key"
                + " and ((i.date_start <= ?2 and i.date_end >= ?3) or (i.date_start >= ?2 and i.date_end <= ?3))"
                + " order by i.weight desc, i.entry_id desc limit ?5) c"
                + " group by c.entry_id order by shared desc, c.entry_id desc limit ?4) c"
                + " join timeline_entry e on e.id = c.entry_id order by c.shared desc, c.entry_id desc", Object[].class)
                .setParameter(1, PgArrays.text(MergeKeys.lookup(words, date.start(), date.end())))
                .setParameter(2, date.start()).setParameter(3, date.end())
                .setParameter(4, config.merge().maxCandidates())
                .setParameter(5, config.merge().candidatesPerKey())
                .getResultList();
        Map<Long, Integer> versions = new LinkedHashMap<>();
        for (Object[] row : rows) {
            versions.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return versions;
    }
}

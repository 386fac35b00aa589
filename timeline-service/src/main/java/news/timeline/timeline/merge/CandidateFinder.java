package news.timeline.timeline.merge;

import news.timeline.timeline.text.PgArrays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
     * The candidates of each report of one article: the entries sharing the most keys with it, all reports' found in
     * one statement and their profiles read in one more. What the article itself files is not in the store until its
     * end, so looking everything up first finds what looking up report by report would.
     */
    List<List<CandidateProfiles.Candidate>> candidates(EntityManager em, List<MentionFeatures> reports,
            List<TimexValue> dates) {
        List<Map<Long, Integer>> found = lookup(em, reports, dates);
        Map<Long, Integer> all = new LinkedHashMap<>();
        found.forEach(all::putAll);
        Map<Long, CandidateProfiles.Candidate> profiled = new HashMap<>();
        profiles.at(em, all).forEach(c -> profiled.put(c.id(), c));
        List<List<CandidateProfiles.Candidate>> perReport = new ArrayList<>(found.size());
        for (Map<Long, Integer> ids : found) {
            List<CandidateProfiles.Candidate> candidates = new ArrayList<>(ids.size());
            for (Long id : ids.keySet()) {
                CandidateProfiles.Candidate candidate = profiled.get(id);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
            perReport.add(candidates);
        }
        return perReport;
    }

    /**
     * @param found      the report's candidates, from {@link #candidates}
     * @param superseded the earlier version's reports of the article, by entry: they guide it back to its entries
     * @param own        the reports of this version filed so far, by entry: within one article only restatements
     *                   merge
     * @return the best fitting entry, loaded and modifiable, or null for a new one
     */
    TimelineEntry best(EntityManager em, MentionFeatures report, TimexValue date,
            List<CandidateProfiles.Candidate> found, Map<Long, List<MentionFeatures>> superseded,
            Map<Long, List<MentionFeatures>> own) {
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
            List<MentionFeatures> samples = profiles.changed(entry).samplesFor(report.articleId());
            OptionalDouble fit = fit(report, date, entry.id, entry.dateStart, entry.dateEnd, samples, superseded, own);
            if (better(fit, entry.id, bestScore, best)) {
                best = entry.id;
                bestScore = fit.getAsDouble();
            }
        }
        for (CandidateProfiles.Candidate candidate : found) {
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
        List<MentionFeatures> earlier = superseded.get(id);
        List<MentionFeatures> ours = own.get(id);
        if (earlier == null && ours == null) {
            // Most candidates: nothing of this article in them, so no copy of their samples.
            return scorer.fit(report, date, start, end, samples);
        }
        List<MentionFeatures> reports = new ArrayList<>(samples);
        reports.addAll(earlier == null ? List.of() : earlier);
        reports.addAll(ours == null ? List.of() : ours);
        return scorer.fit(report, date, start, end, reports);
    }

    /** Ties go to the older entry, so the outcome does not depend on the order of the candidates. */
    private static boolean better(OptionalDouble fit, long id, double bestScore, Long best) {
        return fit.isPresent() && (fit.getAsDouble() > bestScore || fit.getAsDouble() == bestScore && id < best);
    }

    /**
     * For each report, the ids and current versions of the entries sharing the most keys with it, reading at most
     * {@code candidates-per-key} entries per key (the heaviest, then the newest), so that the cost does not grow with
     * the entries filed under a busy key.
     */
    private List<Map<Long, Integer>> lookup(EntityManager em, List<MentionFeatures> reports, List<TimexValue> dates) {
        List<Integer> numbers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int n = 0; n < reports.size(); n++) {
            TimexValue date = dates.get(n);
            List<String> words = MergeKeys.words(reports.get(n));
            for (String key : words.isEmpty() ? new String[0] : MergeKeys.lookup(words, date.start(), date.end())) {
                numbers.add(n);
                keys.add(key);
                starts.add(PgArrays.date(date.start()));
                ends.add(PgArrays.date(date.end()));
            }
        }
        List<Map<Long, Integer>> found = new ArrayList<>(reports.size());
        for (int n = 0; n < reports.size(); n++) {
            found.add(new LinkedHashMap<>());
        }
        if (keys.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("select c.n, c.entry_id, e.version from (select q.n, c.entry_id,"
                + " count(*) as shared, row_number() over (partition by q.n order by count(*) desc, c.entry_id desc) as r"
                + " from unnest(cast(?1 as int[]), cast(?2 as text[]), cast(?3 as date[]), cast(?4 as date[]))"
                + " as q(n, key, ds, de) cross join lateral (select i.entry_id from entry_key_item i where i.key = q.key"
                + " and ((i.date_start <= q.ds and i.date_end >= q.de) or (i.date_start >= q.ds and i.date_end <= q.de))"
                + " order by i.weight desc, i.entry_id desc limit ?6) c group by q.n, c.entry_id) c"
                + " join timeline_entry e on e.id = c.entry_id where c.r <= ?5"
                + " order by c.n, c.shared desc, c.entry_id desc", Object[].class)
                .setParameter(1, PgArrays.numbers(numbers))
                .setParameter(2, PgArrays.text(keys.toArray(String[]::new)))
                .setParameter(3, PgArrays.text(starts.toArray(String[]::new)))
                .setParameter(4, PgArrays.text(ends.toArray(String[]::new)))
                .setParameter(5, config.merge().maxCandidates())
                .setParameter(6, config.merge().candidatesPerKey())
                .getResultList();
        for (Object[] row : rows) {
            found.get(((Number) row[0]).intValue()).put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
        }
        return found;
    }
}

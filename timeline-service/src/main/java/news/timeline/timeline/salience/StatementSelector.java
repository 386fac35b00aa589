package news.timeline.timeline.salience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.timeline.timeline.text.ContentWords;
import news.timeline.timeline.text.Statements;

/**
 * Chooses the k statements that tell a date best: central among the date's statements (close to the centroid of
 * their words, Radev et al. 2004), rich in the story's words (the centroid of every statement of the timeline), and
 * not repeating what was chosen already (maximal marginal relevance, Carbonell and Goldstein 1998). Self-contained
 * statements (see {@link Statements}) come first; others fill in only when there are too few.
 */
public final class StatementSelector {

    /** How much a statement's overlap with one already chosen costs it against its centrality. */
    private static final double REDUNDANCY = 0.7;
    /** How much the story's words count beside the date's. */
    private static final double STORY = 0.5;

    private final Centroid story;

    /** @param timeline every statement of the timeline, the story's words */
    public StatementSelector(List<String> timeline) {
        this.story = Centroid.of(timeline.stream().map(s -> ContentWords.of(Statements.clean(s), null)).toList());
    }

    /** At most k cleaned statements of the date, best first, each once. */
    public List<String> choose(List<String> statements, int k) {
        Map<String, Set<String>> candidates = new LinkedHashMap<>();
        for (String statement : statements) {
            String cleaned = Statements.clean(statement);
            if (!cleaned.isEmpty()) {
                candidates.putIfAbsent(cleaned, ContentWords.of(cleaned, null));
            }
        }
        Centroid date = Centroid.of(new ArrayList<>(candidates.values()));
        List<String> chosen = new ArrayList<>();
        pick(candidates, date, chosen, k, true);
        pick(candidates, date, chosen, k, false);
        return chosen;
    }

    private void pick(Map<String, Set<String>> candidates, Centroid date, List<String> chosen, int k,
            boolean selfContainedOnly) {
        while (chosen.size() < k) {
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Set<String>> c : candidates.entrySet()) {
                if (chosen.contains(c.getKey()) || selfContainedOnly && !Statements.selfContained(c.getKey())) {
                    continue;
                }
                double redundancy = chosen.stream().mapToDouble(s -> ContentWords.dice(candidates.get(s), c.getValue()))
                        .max().orElse(0);
                double score = date.cosine(c.getValue()) + STORY * story.cosine(c.getValue())
                        - REDUNDANCY * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = c.getKey();
                }
            }
            if (best == null) {
                return;
            }
            chosen.add(best);
        }
    }

    /** How often each word occurs across statements, with the vector's norm. */
    private record Centroid(Map<String, Double> counts, double norm) {

        static Centroid of(List<Set<String>> statements) {
            Map<String, Double> counts = new HashMap<>();
            statements.forEach(words -> words.forEach(w -> counts.merge(w, 1.0, Double::sum)));
            return new Centroid(counts, Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum()));
        }

        /** Cosine of a statement's word set (each word once) with the centroid. */
        double cosine(Set<String> words) {
            if (words.isEmpty() || norm == 0) {
                return 0;
            }
            return words.stream().mapToDouble(w -> counts.getOrDefault(w, 0.0)).sum()
                    / (Math.sqrt(words.size()) * norm);
        }
    }
}

package news.timeline.timeline.salience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.timeline.timeline.text.ContentWords;
import news.timeline.timeline.text.Statements;

/**
 * Chooses the k statements that tell a date best, as DATEWISE does (Gholipour Ghalandari and Ifrim 2020, news-tls
 * {@code CentroidOpt}): each statement is a TF-IDF vector of its content words, with document frequencies over every
 * statement of the timeline (so the words the whole story repeats weigh little against what sets the date apart); the
 * date's centroid is the sum of its statements' vectors; statements are added one at a time so that the chosen ones
 * together come closest to the centroid (coverage), skipping any whose cosine with one already chosen is above
 * {@value #REDUNDANT} (redundancy). Each candidate's gain is added {@value #STORY_WEIGHT} times its cosine with the
 * story's centroid (the sum of every statement of the timeline): journalists tell a date in the words of the story
 * (the spill, the well, the virus), where a date's own centroid alone also rewards the side stories of its busiest
 * reports. Self-contained statements (see {@link Statements}) come first; others fill in only when there are too few.
 */
public final class StatementSelector {

    /**
     * Cosine above which a statement says again what a chosen one says. A day's candidates include what several of its
     * articles lead with, and different outlets (or one outlet's updates) tell the same news in different words: a
     * retelling shares fewer words with the first telling than a repeated report does. Fitted with the widened pool
     * on the dev topics (alignment ROUGE-1 + ROUGE-2 of the nine Timeline17 dev tasks; 0.35 or 0.4 when fitted
     * leaving out the topic scored; README, "Retellings of a day's news told once").
     */
    static final double REDUNDANT = 0.35;
    /**
     * Weight of closeness to the story against coverage of the date: the one weight fitted on the dev topics (alignment
     * ROUGE-1 + ROUGE-2 of the nine Timeline17 dev tasks) since a day's candidates include what its articles lead with,
     * 0.5 or 1 when fitted leaving out the topic scored (README, "Where the candidates come from").
     */
    static final double STORY_WEIGHT = 1.0;
    private static final double TIE = 1e-9;

    private final Map<String, Double> idf = new HashMap<>();
    /** Each statement's words and vector, worked out once: a statement is weighed, summed and compared many times. */
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, WordVector> vectors = new HashMap<>();
    private final WordVector story;

    /** @param timeline the statements of every date of the timeline, whose words weigh by how few of them use them */
    public StatementSelector(List<String> timeline) {
        Map<String, Integer> documents = new HashMap<>();
        timeline.forEach(s -> wordsOf(s).forEach(w -> documents.merge(w, 1, Integer::sum)));
        // scikit-learn's smoothed idf, as news-tls's TfidfVectorizer computes it
        documents.forEach((w, df) -> idf.put(w, Math.log((1.0 + timeline.size()) / (1.0 + df)) + 1));
        story = WordVector.sum(timeline.stream().map(this::vectorOf).toList()).normalized();
    }

    /** At most k of the date's statements, best first, each once. */
    public List<String> choose(List<String> statements, int k) {
        List<String> candidates = new ArrayList<>();
        List<WordVector> vectors = new ArrayList<>();
        for (String s : new LinkedHashSet<>(statements)) {
            WordVector v = vectorOf(s);
            if (!v.isEmpty()) {
                candidates.add(s);
                vectors.add(v);
            }
        }
        WordVector centroid = WordVector.sum(vectors).normalized();
        List<Integer> chosen = new ArrayList<>();
        List<Double> closeness = vectors.stream().map(story::dot).toList();
        boolean[] selfContained = new boolean[candidates.size()];
        for (int i = 0; i < selfContained.length; i++) {
            selfContained[i] = Statements.selfContained(candidates.get(i));
        }
        pick(selfContained, vectors, centroid, closeness, chosen, k, true);
        pick(selfContained, vectors, centroid, closeness, chosen, k, false);
        return chosen.stream().map(candidates::get).toList();
    }

    private static void pick(boolean[] selfContained, List<WordVector> vectors, WordVector centroid,
            List<Double> closeness, List<Integer> chosen, int k, boolean selfContainedOnly) {
        while (chosen.size() < k) {
            WordVector summary = WordVector.sum(chosen.stream().map(vectors::get).toList());
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < vectors.size(); i++) {
                if (chosen.contains(i) || selfContainedOnly && !selfContained[i]
                        || redundant(vectors.get(i), chosen, vectors)) {
                    continue;
                }
                double score = summary.plus(vectors.get(i)).normalized().dot(centroid)
                        + STORY_WEIGHT * closeness.get(i);
                // Among equals (up to rounding) the earlier statement, of the more salient entry, stays first.
                if (score > bestScore + TIE) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            chosen.add(best);
        }
    }

    private static boolean redundant(WordVector v, List<Integer> chosen, List<WordVector> vectors) {
        return chosen.stream().anyMatch(j -> vectors.get(j).dot(v) > REDUNDANT);
    }

    private Set<String> wordsOf(String statement) {
        return words.computeIfAbsent(statement, s -> ContentWords.of(s, null));
    }

    private WordVector vectorOf(String statement) {
        return vectors.computeIfAbsent(statement, s -> {
            Map<String, Double> weights = new HashMap<>();
            wordsOf(s).forEach(w -> weights.put(w, idf.getOrDefault(w, 1.0)));
            return new WordVector(weights).normalized();
        });
    }

    /** A sparse vector over words. */
    private record WordVector(Map<String, Double> weights) {

        static WordVector sum(List<WordVector> vectors) {
            Map<String, Double> out = new HashMap<>();
            vectors.forEach(v -> v.weights.forEach((w, x) -> out.merge(w, x, Double::sum)));
            return new WordVector(out);
        }

        boolean isEmpty() {
            return weights.isEmpty();
        }

        WordVector plus(WordVector other) {
            return sum(List.of(this, other));
        }

        WordVector normalized() {
            double norm = Math.sqrt(weights.values().stream().mapToDouble(x -> x * x).sum());
            if (norm == 0) {
                return this;
            }
            Map<String, Double> out = new HashMap<>();
            weights.forEach((w, x) -> out.put(w, x / norm));
            return new WordVector(out);
        }

        double dot(WordVector other) {
            Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
            Map<String, Double> large = small == weights ? other.weights : weights;
            double sum = 0;
            for (Map.Entry<String, Double> e : small.entrySet()) {
                sum += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
            }
            return sum;
        }
    }
}

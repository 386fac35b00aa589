package news.timeline.timeline.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N raw counts of a peer (system) text against one model (reference) text, as ROUGE-1.5.5 reports them with
 * {@code -t 2}: n-grams in common (each clipped to its count in the other text), the peer's n-grams, the model's.
 * The hit count is a double because the alignment measures weight it by date distance.
 */
record RougeCounts(double hit, long peer, long model) {

    static final RougeCounts ZERO = new RougeCounts(0, 0, 0);

    static RougeCounts of(List<String> peer, List<String> model, int n) {
        Map<String, Integer> p = grams(peer, n);
        Map<String, Integer> m = grams(model, n);
        long hit = 0;
        for (Map.Entry<String, Integer> gram : m.entrySet()) {
            hit += Math.min(gram.getValue(), p.getOrDefault(gram.getKey(), 0));
        }
        return new RougeCounts(hit, Math.max(0, peer.size() - n + 1), Math.max(0, model.size() - n + 1));
    }

    RougeCounts plus(RougeCounts other) {
        return new RougeCounts(hit + other.hit, peer + other.peer, model + other.model);
    }

    RougeCounts weighted(double weight) {
        return new RougeCounts(hit * weight, peer, model);
    }

    double precision() {
        return peer == 0 ? 0 : hit / peer;
    }

    double recall() {
        return model == 0 ? 0 : hit / model;
    }

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }
}

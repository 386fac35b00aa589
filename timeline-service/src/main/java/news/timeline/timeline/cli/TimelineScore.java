package news.timeline.timeline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The measures of timeline summarization (Martschat and Markert 2017): date F1 between the dates of a system
 * timeline and of a journalist's, concat ROUGE-1 (all summaries against all reference texts) and agreement ROUGE-1
 * (words counted only where the dates agree).
 */
public record TimelineScore(double dateP, double dateR, double dateF1, double concatRouge1, double agreementRouge1) {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A dated text of a timeline: a system item's statements, or a reference date's sentences. */
    public record Dated(String date, String text) {
    }

    public static TimelineScore of(List<Dated> system, List<Dated> reference) {
        Map<String, List<String>> sys = byDate(system);
        Map<String, List<String>> ref = byDate(reference);
        Set<String> common = new HashSet<>(sys.keySet());
        common.retainAll(ref.keySet());
        double p = sys.isEmpty() ? 0 : (double) common.size() / sys.size();
        double r = ref.isEmpty() ? 0 : (double) common.size() / ref.size();
        return new TimelineScore(p, r, f1(p, r), concat(sys, ref), agreement(sys, ref));
    }

    private static double concat(Map<String, List<String>> sys, Map<String, List<String>> ref) {
        Map<String, Integer> s = counts(sys.values().stream().flatMap(List::stream).toList());
        Map<String, Integer> r = counts(ref.values().stream().flatMap(List::stream).toList());
        return f1(overlap(s, r), total(s), total(r));
    }

    private static double agreement(Map<String, List<String>> sys, Map<String, List<String>> ref) {
        long matched = 0;
        for (Map.Entry<String, List<String>> date : sys.entrySet()) {
            List<String> refWords = ref.get(date.getKey());
            if (refWords != null) {
                matched += overlap(counts(date.getValue()), counts(refWords));
            }
        }
        long sysTotal = sys.values().stream().mapToLong(List::size).sum();
        long refTotal = ref.values().stream().mapToLong(List::size).sum();
        return f1(matched, sysTotal, refTotal);
    }

    private static Map<String, List<String>> byDate(List<Dated> timeline) {
        Map<String, List<String>> out = new HashMap<>();
        for (Dated d : timeline) {
            out.computeIfAbsent(d.date(), k -> new ArrayList<>()).addAll(words(d.text()));
        }
        return out;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return NON_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    private static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
        long n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static double f1(long matched, long systemTotal, long referenceTotal) {
        double p = systemTotal == 0 ? 0 : (double) matched / systemTotal;
        double r = referenceTotal == 0 ? 0 : (double) matched / referenceTotal;
        return f1(p, r);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package news.timeline.timeline.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The measures of timeline summarization as tilse computes them (Martschat and Markert 2017, 2018) for one system
 * timeline against one journalist timeline: date precision and recall on exact days, and ROUGE-1 and ROUGE-2 (see
 * {@link RougeTokens}) three ways: concat (all summaries against all reference text), agreement (only where the days
 * agree) and alignment (tilse's {@code align_date_content_costs_many_to_one}: each system day is compared with the
 * reference day of least cost for precision, each reference day with the system day of least cost for recall, the
 * cost being (1 - 1/(days apart + 1)) x (1 - approximate ROUGE-1 F1 of the raw tokens), and the matched n-grams
 * weighted by 1/(days apart + 1)).
 * <p>
 * Items the system dates to a week, month or year cannot match a day: each counts as one predicted date that matches
 * no reference date, and its words count in the precision denominators of every ROUGE measure (as tilse counts a
 * system day aligned to nothing), never in a numerator.
 */
record TimelineScore(PrecisionRecall date, PrecisionRecall concat1, PrecisionRecall concat2,
        PrecisionRecall agreement1, PrecisionRecall agreement2, PrecisionRecall align1, PrecisionRecall align2) {

    /** Python's {@code string.punctuation}: tilse drops a raw token that is a substring of it. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * A timeline to score.
     *
     * @param days    each day's summary, all its sentences in one text
     * @param undated the summaries of items at a coarser date than a day
     */
    record Timeline(SortedMap<LocalDate, String> days, List<String> undated) {

        Timeline {
            days = new TreeMap<>(days);
            undated = List.copyOf(undated);
        }

        int size() {
            return days.size() + undated.size();
        }
    }

    static TimelineScore of(Timeline system, Timeline reference) {
        Set<LocalDate> common = new HashSet<>(system.days().keySet());
        common.retainAll(reference.days().keySet());
        PrecisionRecall date = PrecisionRecall.of(common.size(), system.size(), common.size(), reference.size());
        Tokenized sys = Tokenized.of(system);
        Tokenized ref = Tokenized.of(reference);
        return new TimelineScore(date, concat(sys, ref, 1), concat(sys, ref, 2), agreement(sys, ref, 1),
                agreement(sys, ref, 2), alignment(system, reference, sys, ref, 1),
                alignment(system, reference, sys, ref, 2));
    }

    /** ROUGE tokens of each day's summary and of the undated ones. */
    private record Tokenized(SortedMap<LocalDate, List<String>> days, List<List<String>> undated) {

        static Tokenized of(Timeline t) {
            return new Tokenized(new TreeMap<>(t.days().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> RougeTokens.of(e.getValue())))),
                    t.undated().stream().map(RougeTokens::of).toList());
        }

        List<String> all() {
            return Stream.concat(days.values().stream(), undated.stream()).flatMap(List::stream).toList();
        }

        List<String> at(LocalDate day) {
            return days.getOrDefault(day, List.of());
        }
    }

    private static PrecisionRecall concat(Tokenized sys, Tokenized ref, int n) {
        RougeCounts c = RougeCounts.of(sys.all(), ref.all(), n);
        return PrecisionRecall.of(c.hit(), c.peer(), c.hit(), c.model());
    }

    private static PrecisionRecall agreement(Tokenized sys, Tokenized ref, int n) {
        RougeCounts precision = undated(sys, n);
        RougeCounts recall = RougeCounts.ZERO;
        for (LocalDate day : sys.days().keySet()) {
            precision = precision.plus(RougeCounts.of(sys.at(day), ref.at(day), n));
        }
        for (LocalDate day : ref.days().keySet()) {
            recall = recall.plus(RougeCounts.of(sys.at(day), ref.at(day), n));
        }
        return PrecisionRecall.of(precision.hit(), precision.peer(), recall.hit(), recall.model());
    }

    private static PrecisionRecall alignment(Timeline system, Timeline reference, Tokenized sys, Tokenized ref,
            int n) {
        List<LocalDate> sysDays = new ArrayList<>(system.days().keySet());
        List<LocalDate> refDays = new ArrayList<>(reference.days().keySet());
        RougeCounts precision = undated(sys, n);
        for (LocalDate s : sysDays) {
            LocalDate r = cheapest(s, refDays, other -> cost(system.days().get(s), reference.days().get(other), s,
                    other));
            precision = precision.plus(r == null ? RougeCounts.of(sys.at(s), List.of(), n)
                    : RougeCounts.of(sys.at(s), ref.at(r), n).weighted(closeness(s, r)));
        }
        RougeCounts recall = RougeCounts.ZERO;
        for (LocalDate r : refDays) {
            LocalDate s = cheapest(r, sysDays, other -> cost(system.days().get(other), reference.days().get(r), other,
                    r));
            recall = recall.plus(s == null ? RougeCounts.of(List.of(), ref.at(r), n)
                    : RougeCounts.of(sys.at(s), ref.at(r), n).weighted(closeness(s, r)));
        }
        return PrecisionRecall.of(precision.hit(), precision.peer(), recall.hit(), recall.model());
    }

    /** The first of the candidates of least cost (numpy's argmin), or null when there is none. */
    private static LocalDate cheapest(LocalDate day, List<LocalDate> candidates,
            java.util.function.ToDoubleFunction<LocalDate> cost) {
        LocalDate best = null;
        double least = Double.POSITIVE_INFINITY;
        for (LocalDate candidate : candidates) {
            double c = cost.applyAsDouble(candidate);
            if (c < least) {
                least = c;
                best = candidate;
            }
        }
        return best;
    }

    private static RougeCounts undated(Tokenized sys, int n) {
        return sys.undated().stream().map(t -> RougeCounts.of(t, List.of(), n)).reduce(RougeCounts.ZERO,
                RougeCounts::plus);
    }

    private static double closeness(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(a.toEpochDay() - b.toEpochDay()) + 1);
    }

    private static double cost(String systemText, String referenceText, LocalDate systemDay, LocalDate referenceDay) {
        return (1 - closeness(systemDay, referenceDay)) * (1 - approximateRouge1(systemText, referenceText));
    }

    /** tilse's {@code compute_rouge_approximation}: unigram F1 of whitespace tokens, punctuation tokens left out. */
    static double approximateRouge1(String systemText, String referenceText) {
        List<String> s = rawTokens(systemText);
        List<String> r = rawTokens(referenceText);
        RougeCounts c = RougeCounts.of(s, r, 1);
        return PrecisionRecall.of(c.hit(), c.peer(), c.hit(), c.model()).f1();
    }

    private static List<String> rawTokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(text.strip().split("\\s+")).filter(t -> !PUNCTUATION.contains(t)).toList();
    }
}

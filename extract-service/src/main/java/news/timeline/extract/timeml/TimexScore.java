package news.timeline.extract.timeml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TempEval-3 Task A measures for TIMEX3, accumulated over documents: extents compared token by token (strict:
 * the same tokens; relaxed: at least one shared token), and value and type accuracy over the relaxed-matched
 * pairs folded into F1 (relaxed F1 x accuracy). Keeps the errors, grouped by kind, for the report.
 */
public final class TimexScore {

    /** One error: its kind, the document, the gold and system extents and attributes (either may be absent). */
    public record Error(String kind, String document, String gold, String system) {
    }

    private int goldCount;
    private int systemCount;
    private int strictRecall;
    private int relaxedRecall;
    private int strictPrecision;
    private int relaxedPrecision;
    private int valueMatches;
    private int typeMatches;
    private final List<Error> errors = new ArrayList<>();

    public void add(String document, String text, List<AnnotatedTimex> gold, List<AnnotatedTimex> system) {
        int[] tokens = ScorerTokens.tokenIndex(text);
        int[][] g = spans(tokens, gold);
        int[][] s = spans(tokens, system);
        goldCount += gold.size();
        systemCount += system.size();
        for (int i = 0; i < gold.size(); i++) {
            int best = -1;
            boolean strict = false;
            for (int j = 0; j < system.size(); j++) {
                if (overlap(g[i], s[j])) {
                    if (best < 0) {
                        best = j;
                    }
                    if (g[i][0] == s[j][0] && g[i][1] == s[j][1]) {
                        strict = true;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                errors.add(new Error("missed", document, describe(text, gold.get(i)), null));
                continue;
            }
            relaxedRecall++;
            AnnotatedTimex a = gold.get(i);
            AnnotatedTimex b = system.get(best);
            if (strict) {
                strictRecall++;
            } else {
                errors.add(new Error("extent", document, describe(text, a), describe(text, b)));
            }
            if (Objects.equals(a.value(), b.value())) {
                valueMatches++;
            } else {
                errors.add(new Error("value", document, describe(text, a), describe(text, b)));
            }
            if (Objects.equals(a.type(), b.type())) {
                typeMatches++;
            } else {
                errors.add(new Error("type", document, describe(text, a), describe(text, b)));
            }
        }
        for (int j = 0; j < system.size(); j++) {
            boolean relaxed = false;
            boolean strict = false;
            for (int i = 0; i < gold.size(); i++) {
                if (overlap(g[i], s[j])) {
                    relaxed = true;
                    strict |= g[i][0] == s[j][0] && g[i][1] == s[j][1];
                }
            }
            if (relaxed) {
                relaxedPrecision++;
            } else {
                errors.add(new Error("spurious", document, null, describe(text, system.get(j))));
            }
            if (strict) {
                strictPrecision++;
            }
        }
    }

    private static String describe(String text, AnnotatedTimex t) {
        String context = text.substring(Math.max(0, t.start() - 40), t.start()).replaceAll("\\s+", " ");
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 30)).replaceAll("\\s+", " ");
        return "\"" + text.substring(t.start(), t.end()) + "\" " + t.type() + " " + t.value()
                + (t.mod() == null ? "" : " " + t.mod()) + "   [..." + context + "{}" + after + "...]";
    }

    private static int[][] spans(int[] tokens, List<AnnotatedTimex> timexes) {
        int[][] spans = new int[timexes.size()][];
        for (int i = 0; i < timexes.size(); i++) {
            AnnotatedTimex t = timexes.get(i);
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int c = t.start(); c < t.end(); c++) {
                if (tokens[c] >= 0) {
                    first = Math.min(first, tokens[c]);
                    last = Math.max(last, tokens[c]);
                }
            }
            spans[i] = new int[] {first, last};
        }
        return spans;
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[1] >= 0 && b[1] >= 0 && a[0] <= b[1] && b[0] <= a[1];
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public double strictPrecision() {
        return ratio(strictPrecision, systemCount);
    }

    public double strictRecall() {
        return ratio(strictRecall, goldCount);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedPrecision, systemCount);
    }

    public double relaxedRecall() {
        return ratio(relaxedRecall, goldCount);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double valueAccuracy() {
        return ratio(valueMatches, relaxedRecall);
    }

    public double typeAccuracy() {
        return ratio(typeMatches, relaxedRecall);
    }

    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    public double typeF1() {
        return relaxedF1() * typeAccuracy();
    }

    public int goldCount() {
        return goldCount;
    }

    public int systemCount() {
        return systemCount;
    }

    public List<Error> errors() {
        return List.copyOf(errors);
    }

    /** The measures as a table, in percent. */
    public String table() {
        return String.format("%-8s %9s %9s %9s%n", "TIMEX3", "P", "R", "F1")
                + String.format("%-8s %9.2f %9.2f %9.2f%n", "strict", 100 * strictPrecision(), 100 * strictRecall(),
                100 * strictF1())
                + String.format("%-8s %9.2f %9.2f %9.2f%n", "relaxed", 100 * relaxedPrecision(),
                100 * relaxedRecall(), 100 * relaxedF1())
                + String.format("%-8s %9s %9s %9.2f   (accuracy %.2f)%n", "value", "", "", 100 * valueF1(),
                100 * valueAccuracy())
                + String.format("%-8s %9s %9s %9.2f   (accuracy %.2f)%n", "type", "", "", 100 * typeF1(),
                100 * typeAccuracy())
                + String.format("gold %d, system %d%n", goldCount, systemCount);
    }
}

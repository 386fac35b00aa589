package news.timeline.extract.cli;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import news.timeline.extract.timeml.TimexScore;

/** The four TempEval-3 F1s and the error counts of several dev sets, one column per set, in percent. */
final class DevSetTable {

    private DevSetTable() {
    }

    static String of(Map<String, TimexScore> scores) {
        StringBuilder table = new StringBuilder(String.format("%-9s", "F1"));
        scores.keySet().forEach(name -> table.append(String.format(" %10s", name)));
        table.append('\n');
        row(table, "strict", scores, TimexScore::strictF1);
        row(table, "relaxed", scores, TimexScore::relaxedF1);
        row(table, "value", scores, TimexScore::valueF1);
        row(table, "type", scores, TimexScore::typeF1);
        count(table, "gold", scores, TimexScore::goldCount);
        count(table, "system", scores, TimexScore::systemCount);
        for (String kind : new String[] {"missed", "spurious", "extent", "value", "type"}) {
            count(table, kind, scores, s -> (int) s.errors().stream().filter(e -> e.kind().equals(kind)).count());
        }
        return table.toString();
    }

    private static void row(StringBuilder table, String label, Map<String, TimexScore> scores,
                            ToDoubleFunction<TimexScore> measure) {
        table.append(String.format("%-9s", label));
        scores.values().forEach(s -> table.append(String.format(" %10.2f", 100 * measure.applyAsDouble(s))));
        table.append('\n');
    }

    private static void count(StringBuilder table, String label, Map<String, TimexScore> scores,
                              ToIntFunction<TimexScore> measure) {
        table.append(String.format("%-9s", label));
        scores.values().forEach(s -> table.append(String.format(" %10d", measure.applyAsInt(s))));
        table.append('\n');
    }
}

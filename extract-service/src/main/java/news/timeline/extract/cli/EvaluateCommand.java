package news.timeline.extract.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.timeml.TimexEvaluation;
import news.timeline.extract.timeml.TimexScore;

/**
 * {@code EvaluateCommand GOLD_DIR [SYSTEM_DIR]}: TempEval-3 Task A TIMEX3 measures of SYSTEM_DIR's TimeML files
 * against GOLD_DIR's, or of the temporal tagger run on the gold files' text and DCT; then the errors by kind.
 * {@code EvaluateCommand --side-by-side NAME=GOLD_DIR...}: the tagger's F1s on several dev sets in one table, so that
 * a rule that raises one set and lowers another shows at a glance.
 */
public final class EvaluateCommand {
    private static final String USAGE = "usage: EvaluateCommand GOLD_DIR [SYSTEM_DIR]\n"
            + "       EvaluateCommand --side-by-side NAME=GOLD_DIR...";

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("--side-by-side")) {
            return sideBySide(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length < 1 || args.length > 2 || args[0].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        Path gold = Path.of(args[0]);
        if (!Files.isDirectory(gold)) {
            err.println("no gold directory " + gold);
            return 2;
        }
        TimexScore score = args.length == 2 ? TimexEvaluation.ofFiles(gold, Path.of(args[1]))
                : TimexEvaluation.ofTagger(gold, TemporalTagger.load());
        out.print(score.table());
        printErrors(score, out);
        return 0;
    }

    private static int sideBySide(List<String> sets, PrintStream out, PrintStream err) {
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            Path dir = eq > 0 ? Path.of(set.substring(eq + 1)) : null;
            if (dir == null || !Files.isDirectory(dir)) {
                err.println(dir == null ? USAGE : "no gold directory " + dir + " for " + set.substring(0, eq));
                return 2;
            }
            dirs.put(set.substring(0, eq), dir);
        }
        TemporalTagger tagger = TemporalTagger.load();
        Map<String, TimexScore> scores = new LinkedHashMap<>();
        dirs.forEach((name, dir) -> scores.put(name, TimexEvaluation.ofTagger(dir, tagger)));
        out.print(DevSetTable.of(scores));
        return 0;
    }

    private static void printErrors(TimexScore score, PrintStream out) {
        Map<String, List<TimexScore.Error>> byKind = score.errors().stream()
                .collect(Collectors.groupingBy(TimexScore.Error::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, errors) -> out.printf("%s: %d%n", kind, errors.size()));
        byKind.forEach((kind, errors) -> {
            out.printf("%n== %s (%d)%n", kind, errors.size());
            for (TimexScore.Error e : errors) {
                out.printf("%s%n   gold:   %s%n   system: %s%n", e.document(),
                        e.gold() == null ? "-" : e.gold(), e.system() == null ? "-" : e.system());
            }
        });
    }
}

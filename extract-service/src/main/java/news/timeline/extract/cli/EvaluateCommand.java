package news.timeline.extract.cli;

import java.nio.file.Path;
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
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EvaluateCommand GOLD_DIR [SYSTEM_DIR]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        TimexScore score = args.length == 2 ? TimexEvaluation.ofFiles(gold, Path.of(args[1]))
                : TimexEvaluation.ofTagger(gold, TemporalTagger.load());
        System.out.print(score.table());
        Map<String, List<TimexScore.Error>> byKind = score.errors().stream()
                .collect(Collectors.groupingBy(TimexScore.Error::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, errors) -> System.out.printf("%s: %d%n", kind, errors.size()));
        byKind.forEach((kind, errors) -> {
            System.out.printf("%n== %s (%d)%n", kind, errors.size());
            for (TimexScore.Error e : errors) {
                System.out.printf("%s%n   gold:   %s%n   system: %s%n", e.document(),
                        e.gold() == null ? "-" : e.gold(), e.system() == null ? "-" : e.system());
            }
        });
    }
}

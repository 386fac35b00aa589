package news.timeline.timeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The scores of the tasks of a run, one TSV row each, and the table of them with their average. */
record TaskResults(List<Row> rows) {

    private static final List<String> MEASURES = List.of("concat R1", "concat R2", "agree R1", "agree R2",
            "align R1", "align R2");
    private static final List<Function<TimelineScore, PrecisionRecall>> ROUGE = List.of(TimelineScore::concat1,
            TimelineScore::concat2, TimelineScore::agreement1, TimelineScore::agreement2, TimelineScore::align1,
            TimelineScore::align2);

    /**
     * One task's result.
     *
     * @param dates   l, the reference's number of dates
     * @param perDate k, sentences asked for per date
     * @param days    items the system dated to a day
     * @param undated items the system dated to a week, month or coarser
     */
    record Row(String task, int dates, int perDate, int days, int undated, TimelineScore score) {

        String tsv() {
            StringBuilder out = new StringBuilder(String.join("\t", task, "" + dates, "" + perDate, "" + days,
                    "" + undated));
            for (PrecisionRecall pr : measures(score)) {
                out.append(String.format(Locale.ROOT, "\t%.6f\t%.6f", pr.precision(), pr.recall()));
            }
            return out.toString();
        }

        static Row of(String tsv) {
            String[] f = tsv.split("\t");
            List<PrecisionRecall> pr = new ArrayList<>();
            for (int i = 5; i + 1 < f.length; i += 2) {
                pr.add(new PrecisionRecall(Double.parseDouble(f[i]), Double.parseDouble(f[i + 1])));
            }
            return new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), new TimelineScore(pr.get(0), pr.get(1), pr.get(2), pr.get(3), pr.get(4),
                            pr.get(5), pr.get(6)));
        }
    }

    static TaskResults read(Path tsv) throws IOException {
        return new TaskResults(Files.readAllLines(tsv).stream().filter(l -> !l.isBlank()).map(Row::of).toList());
    }

    private static List<PrecisionRecall> measures(TimelineScore s) {
        List<PrecisionRecall> out = new ArrayList<>();
        out.add(s.date());
        ROUGE.forEach(m -> out.add(m.apply(s)));
        return out;
    }

    /** F1 per task and measure (date precision and recall too), then the average over the tasks. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-42s %4s %2s %4s %5s %6s %6s %7s",
                "task", "l", "k", "days", "other", "date P", "date R", "date F1"));
        MEASURES.forEach(m -> out.append(String.format(Locale.ROOT, " %9s", m)));
        out.append('\n');
        for (Row r : rows) {
            out.append(line(r.task(), "" + r.dates(), "" + r.perDate(), "" + r.days(), "" + r.undated(),
                    measures(r.score())));
        }
        if (rows.size() > 1) {
            List<PrecisionRecall> mean = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                int m = i;
                mean.add(PrecisionRecall.mean(rows.stream().map(r -> measures(r.score()).get(m)).toList()));
            }
            out.append(line("average of " + rows.size() + " tasks", "", "", "", "", mean));
        }
        return out.toString();
    }

    private static String line(String task, String l, String k, String days, String other,
            List<PrecisionRecall> measures) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-42s %4s %2s %4s %5s %6.3f %6.3f %7.3f",
                task, l, k, days, other, measures.get(0).precision(), measures.get(0).recall(),
                measures.get(0).f1()));
        measures.stream().skip(1).forEach(m -> out.append(String.format(Locale.ROOT, " %9.3f", m.f1())));
        return out.append('\n').toString();
    }
}

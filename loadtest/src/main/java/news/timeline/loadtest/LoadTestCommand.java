package news.timeline.loadtest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./timeline loadtest [--count N] [--rate R | --max] [--batch B] [--out DIR] ...}: see {@link #USAGE}.
 * Exit status 0 when every article was accepted and stored, 1 when some were not, 2 on bad arguments.
 */
public final class LoadTestCommand {

    static final String USAGE = """
            Usage: loadtest [options]
              --count N            articles to post (default 10000)
              --rate R | --max     R articles per second, or as fast as ingest-service accepts them (default --max)
              --batch B            articles per POST /api/articles/batch (default 100)
              --concurrency C      batches in flight at once (default 2)
              --seed S             generator seed (default 1); --tag T: URL tag (default: the run's timestamp),
                                   the same seed and tag post the same articles again
              --syndication F      share of syndicated copies, 0..1 (default 0.1)
              --corpus PATH        Timeline17 directory or JSON Lines file (default ../shared/data/timeline17)
              --out DIR            where the table, CSVs, summary.json and throughput.png go
                                   (default .run/loadtest/<timestamp>)
              --slice N            articles per cost row (default 10000; smaller runs: a fifth of --count)
              --ingest URL --timeline URL --bootstrap HOST:PORT
              --run-dir DIR        pids/ and management-ports/ of ./timeline up: the processes sampled
              --post-timeout S     stop posting after S seconds (default 3600)
              --drain-timeout S    wait at most S seconds for the last articles to be stored (default 600)
              --no-progress        no progress bar
            The API key for ingest-service comes from TIMELINE_API_KEY (./timeline sets it from .run/api-key).
            """;

    private LoadTestCommand() {
    }

    /** From the environment, not the command line, so that it does not show in ps. */
    private static String apiKey() {
        String key = System.getenv("TIMELINE_API_KEY");
        return key == null || key.isBlank() ? null : key.strip();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        int count = 10_000;
        double rate = 0;
        int batch = 100;
        int concurrency = 2;
        long seed = 1;
        double syndication = 0.1;
        String tag = stamp;
        Path corpus = Path.of("..", "shared", "data", "timeline17");
        Path out = null;
        Integer slice = null;
        URI ingest = URI.create("http://127.0.0.1:8081");
        URI timeline = URI.create("http://127.0.0.1:8083");
        String bootstrap = "127.0.0.1:9092";
        Path runDir = Path.of(".run");
        int postTimeout = 3600;
        int drainTimeout = 600;
        boolean progress = true;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--rate" -> rate = Double.parseDouble(args[++i]);
                    case "--max" -> rate = 0;
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--tag" -> tag = args[++i];
                    case "--syndication" -> syndication = Double.parseDouble(args[++i]);
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--slice" -> slice = Integer.parseInt(args[++i]);
                    case "--ingest" -> ingest = URI.create(args[++i]);
                    case "--timeline" -> timeline = URI.create(args[++i]);
                    case "--bootstrap" -> bootstrap = args[++i];
                    case "--run-dir" -> runDir = Path.of(args[++i]);
                    case "--post-timeout" -> postTimeout = Integer.parseInt(args[++i]);
                    case "--drain-timeout" -> drainTimeout = Integer.parseInt(args[++i]);
                    case "--no-progress" -> progress = false;
                    case "-h", "--help" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (count < 1 || batch < 1 || concurrency < 1 || rate < 0 || syndication < 0 || syndication > 1) {
                throw new IllegalArgumentException("--count, --batch and --concurrency must be positive, --rate not "
                        + "negative, --syndication within 0..1");
            }
            if (!Files.exists(corpus)) {
                throw new IllegalArgumentException("no corpus at " + corpus);
            }
        } catch (RuntimeException e) {
            System.err.println("loadtest: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (out == null) {
            out = runDir.resolve("loadtest").resolve(stamp);
        }
        int sliceSize = slice != null ? slice : count >= 20_000 ? 10_000 : Math.max(100, count / 5);
        List<Monitored> processes = Monitored.fromRunDir(runDir);
        LoadTest.Options options = new LoadTest.Options(ingest, timeline, bootstrap, corpus, count, rate, batch,
                concurrency, seed, syndication, tag, Duration.ofSeconds(postTimeout), Duration.ofSeconds(drainTimeout),
                processes, progress, apiKey());
        System.err.printf(Locale.ROOT, "loadtest: %d articles to %s (%s), sampling %s%n", count, ingest,
                rate > 0 ? rate + "/s" : "as fast as accepted",
                processes.stream().map(p -> p.name() + "(" + p.pid() + ")").toList());
        LoadTest.Result result = LoadTest.run(options);
        Report report = new Report(result, sliceSize);
        report.print(System.out);
        report.write(out);
        System.out.println();
        System.out.println("Written to " + out.toAbsolutePath().normalize()
                + ": summary.json, timeseries.csv, latencies.csv, throughput.png");
        Tracker t = result.tracker();
        boolean complete = t.accepted() == count && t.stored() == t.accepted();
        System.exit(complete ? 0 : 1);
    }
}

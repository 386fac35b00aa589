package news.timeline.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The figures of a run: a table on stdout, cost per slice of articles, CSVs, a summary JSON and a PNG plot. */
public final class Report {

    /** One slice of stored articles, in the order the store took them. */
    public record Slice(int index, int from, int to, long storeSizeAtEnd, double seconds, double perSecond,
            double p50Ms, double p95Ms, double cpuSecondsPer1000) {
    }

    private static final Color[] PALETTE = {new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0x17becf), new Color(0xbcbd22), new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31),
        new Color(0x843c39), new Color(0x7b4173), new Color(0x3182bd), new Color(0x000000)};

    private final LoadTest.Result result;
    private final int sliceSize;
    private final long[] latencies; // ms, sorted
    private final long[] storedTimes; // sorted
    private final List<String> processNames;

    public Report(LoadTest.Result result, int sliceSize) {
        this.result = result;
        this.sliceSize = sliceSize;
        Tracker t = result.tracker();
        List<long[]> pairs = new ArrayList<>();
        for (int seq = 0; seq < t.count(); seq++) {
            if (t.storedAt(seq) > 0 && t.sentAt(seq) > 0) {
                pairs.add(new long[] {t.storedAt(seq), t.storedAt(seq) - t.sentAt(seq)});
            }
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        storedTimes = pairs.stream().mapToLong(p -> p[0]).toArray();
        latencies = pairs.stream().mapToLong(p -> Math.max(0, p[1])).sorted().toArray();
        Set<String> names = new LinkedHashSet<>();
        result.options().processes().forEach(p -> names.add(p.name()));
        processNames = List.copyOf(names);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private long firstSent() {
        Tracker t = result.tracker();
        long first = Long.MAX_VALUE;
        for (int seq = 0; seq < t.count(); seq++) {
            if (t.sentAt(seq) > 0) {
                first = Math.min(first, t.sentAt(seq));
            }
        }
        return first == Long.MAX_VALUE ? result.startMillis() : first;
    }

    /** Stored articles per second from the first POST to the last article stored. */
    public double endToEndPerSecond() {
        if (storedTimes.length == 0) {
            return 0;
        }
        double seconds = (storedTimes[storedTimes.length - 1] - firstSent()) / 1000.0;
        return seconds <= 0 ? Double.NaN : storedTimes.length / seconds;
    }

    /** Stored articles per second between the 10th and the 90th percentile of store times (no ramp-up or tail). */
    public double steadyPerSecond() {
        if (storedTimes.length < 20) {
            return Double.NaN;
        }
        int a = storedTimes.length / 10;
        int b = storedTimes.length * 9 / 10;
        double seconds = (storedTimes[b] - storedTimes[a]) / 1000.0;
        return seconds <= 0 ? Double.NaN : (b - a) / seconds;
    }

    public double acceptedPerSecond() {
        double seconds = (result.postedEndMillis() - firstSent()) / 1000.0;
        return seconds <= 0 ? Double.NaN : result.tracker().accepted() / seconds;
    }

    public List<Slice> slices() {
        List<Slice> out = new ArrayList<>();
        Tracker t = result.tracker();
        // latencies by store time, for per-slice percentiles
        List<long[]> pairs = new ArrayList<>();
        for (int seq = 0; seq < t.count(); seq++) {
            if (t.storedAt(seq) > 0) {
                pairs.add(new long[] {t.storedAt(seq), Math.max(0, t.storedAt(seq) - t.sentAt(seq))});
            }
        }
        pairs.sort((x, y) -> Long.compare(x[0], y[0]));
        long before = Math.max(0, result.storeSizeBefore());
        long previousEnd = firstSent();
        for (int from = 0, index = 0; from < pairs.size(); from += sliceSize, index++) {
            int to = Math.min(pairs.size(), from + sliceSize);
            long end = pairs.get(to - 1)[0];
            double seconds = (end - previousEnd) / 1000.0;
            long[] lat = pairs.subList(from, to).stream().mapToLong(p -> p[1]).sorted().toArray();
            double cpuSeconds = cpuSecondsBetween(previousEnd, end);
            out.add(new Slice(index, from, to, before + to, seconds, seconds <= 0 ? Double.NaN : (to - from) / seconds,
                    percentile(lat, 50), percentile(lat, 95), cpuSeconds / (to - from) * 1000));
            previousEnd = end;
        }
        return out;
    }

    /** CPU seconds of all monitored processes between two instants, from the per-second samples. */
    private double cpuSecondsBetween(long from, long to) {
        double total = 0;
        long previous = -1;
        for (Sample s : result.samples()) {
            if (previous >= 0 && s.epochMillis() > from && previous < to) {
                double dt = (Math.min(s.epochMillis(), to) - Math.max(previous, from)) / 1000.0;
                for (double cpu : s.cpu().values()) {
                    if (!Double.isNaN(cpu) && dt > 0) {
                        total += cpu / 100 * dt;
                    }
                }
            }
            previous = s.epochMillis();
        }
        return total;
    }

    private double[] stats(String process, java.util.function.Function<Sample, java.util.Map<String, Double>> of) {
        double sum = 0;
        double max = Double.NaN;
        int n = 0;
        for (Sample s : result.samples()) {
            Double v = of.apply(s).get(process);
            if (v != null && !v.isNaN()) {
                sum += v;
                n++;
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        return new double[] {n == 0 ? Double.NaN : sum / n, max};
    }

    private long maxLag(boolean articles) {
        return result.samples().stream().mapToLong(s -> articles ? s.lagArticles() : s.lagEvents()).max()
                .orElse(-1);
    }

    /** The table and the slice rows. */
    public void print(PrintStream out) {
        LoadTest.Options o = result.options();
        Tracker t = result.tracker();
        out.println();
        out.printf(Locale.ROOT, "Load test: %d articles (%d syndicated copies), %s, batches of %d, %d in flight, seed %d%n",
                o.count(), t.syndicated(), o.rate() > 0 ? String.format(Locale.ROOT, "%.0f/s", o.rate()) : "--max",
                o.batch(), o.concurrency(), o.seed());
        out.printf("Corpus: %s%n", result.corpus());
        out.printf("Partitions: articles %d, article-events %d; store before the run: %s articles; latency from %s%n",
                result.partitionsArticles(), result.partitionsEvents(),
                result.storeSizeBefore() < 0 ? "?" : String.valueOf(result.storeSizeBefore()), result.latencySource());
        out.printf(Locale.ROOT, "Machine: %d cores; reference scan (single thread, best of %d) %.1f M chars/s before the run,"
                + " %.1f after%n", Runtime.getRuntime().availableProcessors(), result.speedBefore().passes(),
                result.speedBefore().megaCharsPerSecond(), result.speedAfter().megaCharsPerSecond());
        out.println();
        row(out, "posted / accepted / rejected / given up", t.posted() + " / " + t.accepted() + " / " + t.rejected()
                + " / " + t.abandoned());
        row(out, "throttled answers (429/503) / re-posts", t.throttledResponses() + " / " + t.retries());
        row(out, "stored in timeline-service", t.stored() + (result.drained() ? "" : "  (NOT all: drain timed out)"));
        row(out, "accepted/s (ingest, while posting)", fmt(acceptedPerSecond()));
        row(out, "stored/s end to end (first POST to last stored)", fmt(endToEndPerSecond()));
        row(out, "stored/s steady (10th to 90th percentile)", fmt(steadyPerSecond()));
        row(out, "posting time / first POST to last stored", String.format(Locale.ROOT, "%.1f s / %.1f s",
                (result.postedEndMillis() - firstSent()) / 1000.0, (result.endMillis() - firstSent()) / 1000.0));
        row(out, "latency POST->queryable p50 / p95 / p99 / max", String.format(Locale.ROOT,
                "%.0f / %.0f / %.0f / %.0f ms", percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), percentile(latencies, 100)));
        row(out, "max lag articles / article-events", maxLag(true) + " / " + maxLag(false));
        for (String p : processNames) {
            double[] cpu = stats(p, Sample::cpu);
            double[] heap = stats(p, Sample::heapMb);
            double[] rss = stats(p, Sample::rssMb);
            row(out, p + " CPU % avg/max, heap MB avg/max, RSS max",
                    String.format(Locale.ROOT, "%.0f/%.0f, %s/%s, %.0f", cpu[0], cpu[1], fmt0(heap[0]), fmt0(heap[1]),
                            rss[1]));
        }
        StringBuilder cpuSplit = new StringBuilder();
        for (String p : processNames) {
            double all = result.cpu().all().getOrDefault(p, 0.0);
            double jit = result.cpu().compiler().getOrDefault(p, 0.0);
            if (jit > 0) {
                cpuSplit.append(cpuSplit.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f/%.1f (%.0f%%)",
                        p, all, jit, all > 0 ? 100 * jit / all : 0));
            }
        }
        if (!cpuSplit.isEmpty()) {
            row(out, "CPU-s of the run / of it JIT compiling", cpuSplit.toString());
        }
        MergeReading merge = result.merge();
        if (merge.any()) {
            row(out, "merge transactions / articles each / seconds", String.format(Locale.ROOT,
                    "%.0f / %.1f / %.1f s, %.0f%% of it waiting for merge locks", merge.transactions(),
                    t.stored() / merge.transactions(), merge.seconds(), 100 * merge.waitingShare()));
            row(out, "merge candidates kept / read (profiles)", String.format(Locale.ROOT, "%.0f / %.0f (%.1f%% kept)",
                    merge.profilesKept(), merge.profilesRead(), 100 * merge.keptShare()));
        }
        out.println();
        out.printf("Per %,d articles stored (cost as the store grows):%n", sliceSize);
        out.printf("%6s %16s %12s %8s %10s %9s %9s %16s%n", "slice", "articles", "store size", "seconds", "stored/s",
                "p50 ms", "p95 ms", "CPU s / 1000 art");
        for (Slice s : slices()) {
            out.printf(Locale.ROOT, "%6d %16s %12d %8.1f %10.1f %9.0f %9.0f %16.1f%n", s.index() + 1,
                    (s.from() + 1) + "-" + s.to(), s.storeSizeAtEnd(), s.seconds(), s.perSecond(), s.p50Ms(),
                    s.p95Ms(), s.cpuSecondsPer1000());
        }
        if (!t.problems().isEmpty()) {
            out.println();
            out.println("Problems (first " + t.problems().size() + "):");
            t.problems().forEach(p -> out.println("  " + p));
        }
    }

    private static void row(PrintStream out, String name, String value) {
        out.printf("  %-52s %s%n", name, value);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt0(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    /** timeseries.csv, latencies.csv, summary.json and throughput.png in {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeTimeSeries(dir.resolve("timeseries.csv"));
        writeLatencies(dir.resolve("latencies.csv"));
        writeSummary(dir.resolve("summary.json"));
        writePlot(dir.resolve("throughput.png"));
    }

    private void writeTimeSeries(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("time,elapsed_s,posted,accepted,stored,accepted_per_s,"
                    + "stored_per_s,lag_articles,lag_article_events,store_size");
            for (String p : processNames) {
                header.append(",cpu_pct_").append(p).append(",heap_mb_").append(p).append(",rss_mb_").append(p);
            }
            w.write(header.append('\n').toString());
            for (Sample s : result.samples()) {
                StringBuilder line = new StringBuilder();
                line.append(Instant.ofEpochMilli(s.epochMillis())).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", s.elapsed())).append(',').append(s.posted())
                        .append(',').append(s.accepted()).append(',').append(s.stored()).append(',')
                        .append(String.format(Locale.ROOT, "%.1f,%.1f", s.acceptedPerSecond(), s.storedPerSecond()))
                        .append(',').append(s.lagArticles()).append(',').append(s.lagEvents()).append(',')
                        .append(s.storeSize());
                for (String p : processNames) {
                    line.append(',').append(csv(s.cpu().get(p))).append(',').append(csv(s.heapMb().get(p)))
                            .append(',').append(csv(s.rssMb().get(p)));
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static String csv(Double v) {
        return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    private void writeLatencies(Path file) throws IOException {
        Tracker t = result.tracker();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("seq,id,syndicated,posted_at,accepted_at,stored_at,latency_ms\n");
            for (int seq = 0; seq < t.count(); seq++) {
                if (t.sentAt(seq) == 0) {
                    continue;
                }
                long stored = t.storedAt(seq);
                w.write(seq + "," + (t.id(seq) == null ? "" : t.id(seq)) + "," + t.isSyndicated(seq) + ","
                        + Instant.ofEpochMilli(t.sentAt(seq)) + ","
                        + (t.acceptedAt(seq) == 0 ? "" : Instant.ofEpochMilli(t.acceptedAt(seq))) + ","
                        + (stored == 0 ? "" : Instant.ofEpochMilli(stored)) + ","
                        + (stored == 0 ? "" : String.valueOf(stored - t.sentAt(seq))) + "\n");
            }
        }
    }

    public ObjectNode summary() {
        ObjectMapper json = new ObjectMapper();
        LoadTest.Options o = result.options();
        Tracker t = result.tracker();
        ObjectNode root = json.createObjectNode();
        ObjectNode opts = root.putObject("options");
        opts.put("count", o.count());
        opts.put("rate", o.rate() > 0 ? String.valueOf(o.rate()) : "max");
        opts.put("batch", o.batch());
        opts.put("concurrency", o.concurrency());
        opts.put("seed", o.seed());
        opts.put("syndication", o.syndication());
        opts.put("runTag", o.runTag());
        opts.put("corpus", result.corpus());
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("referenceScanMCharsPerSecondBefore", round(result.speedBefore().megaCharsPerSecond()));
        machine.put("referenceScanMCharsPerSecondAfter", round(result.speedAfter().megaCharsPerSecond()));
        root.put("partitionsArticles", result.partitionsArticles());
        root.put("partitionsArticleEvents", result.partitionsEvents());
        root.put("storeSizeBefore", result.storeSizeBefore());
        root.put("watchMode", String.valueOf(result.watchMode()));
        root.put("latencySource", result.latencySource());
        ObjectNode counts = root.putObject("counts");
        counts.put("posted", t.posted());
        counts.put("accepted", t.accepted());
        counts.put("rejected", t.rejected());
        counts.put("abandoned", t.abandoned());
        counts.put("syndicated", t.syndicated());
        counts.put("stored", t.stored());
        counts.put("throttledResponses", t.throttledResponses());
        counts.put("reposts", t.retries());
        counts.put("transportErrors", t.transportErrors());
        root.put("drained", result.drained());
        ObjectNode rates = root.putObject("articlesPerSecond");
        rates.put("accepted", round(acceptedPerSecond()));
        rates.put("endToEnd", round(endToEndPerSecond()));
        rates.put("steady", round(steadyPerSecond()));
        ObjectNode latency = root.putObject("latencyMs");
        latency.put("p50", percentile(latencies, 50));
        latency.put("p95", percentile(latencies, 95));
        latency.put("p99", percentile(latencies, 99));
        latency.put("max", percentile(latencies, 100));
        root.put("maxLagArticles", maxLag(true));
        root.put("maxLagArticleEvents", maxLag(false));
        root.put("postingSeconds", (result.postedEndMillis() - firstSent()) / 1000.0);
        root.put("totalSeconds", (result.endMillis() - firstSent()) / 1000.0);
        ObjectNode procs = root.putObject("processes");
        for (String p : processNames) {
            double[] cpu = stats(p, Sample::cpu);
            double[] heap = stats(p, Sample::heapMb);
            double[] rss = stats(p, Sample::rssMb);
            ObjectNode n = procs.putObject(p);
            n.put("cpuPercentAvg", round(cpu[0]));
            n.put("cpuPercentMax", round(cpu[1]));
            n.put("heapMbAvg", round(heap[0]));
            n.put("heapMbMax", round(heap[1]));
            n.put("rssMbMax", round(rss[1]));
            n.put("cpuSeconds", round(result.cpu().all().getOrDefault(p, Double.NaN)));
            n.put("jitCompilerCpuSeconds", round(result.cpu().compiler().getOrDefault(p, Double.NaN)));
        }
        MergeReading merge = result.merge();
        if (merge.any()) {
            ObjectNode m = root.putObject("merge");
            m.put("transactions", merge.transactions());
            m.put("seconds", round(merge.seconds()));
            m.put("lockWaitSeconds", round(merge.lockWaitSeconds()));
            m.put("profilesKept", merge.profilesKept());
            m.put("profilesRead", merge.profilesRead());
        }
        root.put("sliceSize", sliceSize);
        ArrayNode slices = root.putArray("slices");
        for (Slice s : slices()) {
            ObjectNode n = slices.addObject();
            n.put("from", s.from() + 1);
            n.put("to", s.to());
            n.put("storeSizeAtEnd", s.storeSizeAtEnd());
            n.put("seconds", round(s.seconds()));
            n.put("storedPerSecond", round(s.perSecond()));
            n.put("p50Ms", s.p50Ms());
            n.put("p95Ms", s.p95Ms());
            n.put("cpuSecondsPer1000", round(s.cpuSecondsPer1000()));
        }
        ArrayNode problems = root.putArray("problems");
        t.problems().forEach(problems::add);
        return root;
    }

    private static Double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 10) / 10.0;
    }

    private void writeSummary(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary());
    }

    private void writePlot(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        NumberAxis time = new NumberAxis("seconds since start");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);

        XYSeries in = new XYSeries("accepted/s (ingest)");
        XYSeries out = new XYSeries("stored/s (timeline)");
        XYSeries outAverage = new XYSeries("stored/s, 10 s average");
        List<Sample> all = result.samples();
        XYSeries lagA = new XYSeries("lag: extract-service on articles");
        XYSeries lagE = new XYSeries("lag: timeline-service on article-events");
        List<XYSeries> cpu = new ArrayList<>();
        for (String p : processNames) {
            cpu.add(new XYSeries(p, false, true));
        }
        for (int i = 0; i < all.size(); i++) {
            Sample s = all.get(i);
            in.add(s.elapsed(), s.acceptedPerSecond());
            out.add(s.elapsed(), s.storedPerSecond());
            if (i >= 10) {
                Sample earlier = all.get(i - 10);
                outAverage.add(s.elapsed(), (s.stored() - earlier.stored())
                        / Math.max(0.001, (s.epochMillis() - earlier.epochMillis()) / 1000.0));
            }
            if (s.lagArticles() >= 0) {
                lagA.add(s.elapsed(), s.lagArticles());
            }
            if (s.lagEvents() >= 0) {
                lagE.add(s.elapsed(), s.lagEvents());
            }
            for (int k = 0; k < processNames.size(); k++) {
                Double v = s.cpu().get(processNames.get(k));
                if (v != null && !v.isNaN()) {
                    cpu.get(k).add(s.elapsed(), v);
                }
            }
        }
        // Posting often ends in seconds: accepted/s has its own scale, so that stored/s stays readable.
        plot.add(subplot("accepted/s", 0, in), 1);
        plot.add(subplot("stored/s", 1, out, outAverage), 2);
        plot.add(subplot("consumer lag (records)", 3, lagA, lagE), 2);
        plot.add(subplot("CPU % of a core", 5, cpu.toArray(XYSeries[]::new)), 2);
        LoadTest.Options o = result.options();
        String title = String.format(Locale.ROOT, "%d articles, %s, batch %d: %.1f stored/s end to end, p95 %.1f s",
                o.count(), o.rate() > 0 ? String.format(Locale.ROOT, "%.0f/s", o.rate()) : "--max", o.batch(),
                endToEndPerSecond(), percentile(latencies, 95) / 1000.0);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 900);
    }

    /** @param firstColour where in the palette its series start, so that no two series of the chart share a colour */
    private static XYPlot subplot(String label, int firstColour, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        Arrays.stream(series).forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.length; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
            renderer.setSeriesPaint(i, PALETTE[(firstColour + i) % PALETTE.length]);
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}

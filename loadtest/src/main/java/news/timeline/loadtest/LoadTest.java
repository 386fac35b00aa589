package news.timeline.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One load test against a running system: generates the articles, posts them, watches them arrive in
 * timeline-service, and samples lag, CPU and heap every second. Bounded: posting stops at {@code postTimeout}, waiting
 * for the last articles at {@code drainTimeout}.
 */
public final class LoadTest {

    /**
     * @param rate          articles per second, or 0 for as fast as ingest-service accepts them
     * @param concurrency   batches in flight at once
     * @param syndication   share of syndicated copies
     * @param runTag        part of every generated URL (same tag and seed: the same articles again)
     * @param processes     what to sample CPU and heap of
     * @param progress      draw a progress bar on stderr
     * @param apiKey        the API key ingest-service accepts writes with (null: none sent)
     */
    public record Options(URI ingest, URI timeline, String bootstrap, Path corpus, int count, double rate, int batch,
            int concurrency, long seed, double syndication, String runTag, Duration postTimeout,
            Duration drainTimeout, List<Monitored> processes, boolean progress, String apiKey) {
    }

    /** What a run measured. */
    public record Result(Options options, String corpus, Tracker tracker, List<Sample> samples, long startMillis,
            long postedEndMillis, long endMillis, StoreWatcher.Mode watchMode, String latencySource,
            long storeSizeBefore, boolean drained, int partitionsArticles, int partitionsEvents,
            MachineSpeed.Reading speedBefore, MachineSpeed.Reading speedAfter, ProcessSampler.CpuTotals cpu,
            MergeReading merge) {
    }

    private static final long QUIET_NANOS = 30_000_000_000L;
    private static final int SPEED_PASSES = 20;

    private LoadTest() {
    }

    public static Result run(Options options) throws InterruptedException {
        Corpus corpus = Corpus.read(options.corpus());
        ArticleGenerator generator = new ArticleGenerator(corpus, options.seed(), options.syndication(),
                options.runTag());
        String reference = MachineSpeed.referenceText(corpus);
        MachineSpeed.Reading speedBefore = MachineSpeed.measure(reference, SPEED_PASSES);
        Tracker tracker = new Tracker(options.count());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        StoreWatcher watcher = new StoreWatcher(http, options.timeline(), tracker);
        watcher.start();
        ProcessSampler processes = new ProcessSampler(http, options.processes());
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        ProgressBar bar = options.progress() ? new ProgressBar(options.count()) : null;

        try (LagSampler lag = new LagSampler(options.bootstrap())) {
            int partitionsArticles = lag.partitions("articles");
            int partitionsEvents = lag.partitions("article-events");
            long start = System.currentTimeMillis();
            processes.sample(); // CPU baseline
            ProcessSampler.CpuTotals cpuAtStart = processes.totals();
            Map<String, MergeReading> mergeAtStart = MergeReading.read(http, options.processes());
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "loadtest-sampler");
                t.setDaemon(true);
                return t;
            });
            int[] last = {0, 0};
            long[] lastAt = {start};
            clock.scheduleAtFixedRate(() -> {
                try {
                    long now = System.currentTimeMillis();
                    int accepted = tracker.accepted();
                    int stored = tracker.stored();
                    double dt = Math.max(0.001, (now - lastAt[0]) / 1000.0);
                    ProcessSampler.Reading reading = processes.sample();
                    Sample sample = new Sample(now, (now - start) / 1000.0, tracker.posted(), accepted, stored,
                            (accepted - last[0]) / dt, (stored - last[1]) / dt,
                            lag.lag("extract-service", "articles"), lag.lag("timeline-service", "article-events"),
                            watcher.storeSize(), reading.cpu(), reading.heapMb(), reading.rssMb());
                    last[0] = accepted;
                    last[1] = stored;
                    lastAt[0] = now;
                    samples.add(sample);
                    if (bar != null) {
                        bar.draw(sample, tracker);
                    }
                } catch (RuntimeException e) {
                    tracker.problem("sampling failed: " + e);
                }
            }, 1, 1, TimeUnit.SECONDS);

            Thread watching = new Thread(watcher, "loadtest-watcher");
            watching.setDaemon(true);
            watching.start();
            new Poster(http, options.ingest(), options.apiKey(), tracker, generator, options.batch(),
                    options.concurrency(), options.rate()).run(options.postTimeout());
            long postedEnd = System.currentTimeMillis();

            long drainDeadline = System.nanoTime() + options.drainTimeout().toNanos();
            long lastSweep = System.nanoTime();
            int lastStoredCount = tracker.stored();
            long lastProgress = System.nanoTime();
            while (tracker.stored() < tracker.accepted() && System.nanoTime() < drainDeadline) {
                Thread.sleep(200);
                if (tracker.stored() != lastStoredCount) {
                    lastStoredCount = tracker.stored();
                    lastProgress = System.nanoTime();
                }
                // Both groups caught up and nothing stored for a while: the rest is lost (dead-lettered), not slow.
                Sample newest = samples.isEmpty() ? null : samples.get(samples.size() - 1);
                if (newest != null && newest.lagArticles() == 0 && newest.lagEvents() == 0
                        && System.nanoTime() - lastProgress > QUIET_NANOS) {
                    tracker.problem((tracker.accepted() - tracker.stored()) + " accepted articles not stored although "
                            + "both consumer groups caught up " + QUIET_NANOS / 1_000_000_000L + " s ago; see "
                            + "articles-dlq and the timeline-service log");
                    break;
                }
                // The listing may skip an article whose transaction committed after a later one: ask for the
                // missing ones directly every few seconds once both consumer groups have caught up.
                if (watcher.mode() == StoreWatcher.Mode.LIST && System.nanoTime() - lastSweep > 5_000_000_000L) {
                    lastSweep = System.nanoTime();
                    Sample latest = samples.isEmpty() ? null : samples.get(samples.size() - 1);
                    if (latest != null && latest.lagArticles() == 0 && latest.lagEvents() == 0) {
                        try {
                            watcher.pollSingle(500);
                        } catch (java.io.IOException e) {
                            // next sweep
                        }
                    }
                }
            }
            boolean drained = tracker.stored() >= tracker.accepted();
            watcher.stop();
            watching.join(5000);
            Thread.sleep(1100); // one last sample with everything stored
            clock.shutdownNow();
            clock.awaitTermination(5, TimeUnit.SECONDS);
            if (bar != null) {
                bar.finish();
            }
            long end = tracker.stored() > 0 ? lastStored(tracker) : System.currentTimeMillis();
            ProcessSampler.CpuTotals cpu = processes.totals().since(cpuAtStart);
            MergeReading merge = MergeReading.since(mergeAtStart, MergeReading.read(http, options.processes()));
            MachineSpeed.Reading speedAfter = MachineSpeed.measure(reference, SPEED_PASSES);
            return new Result(options, corpus.description(), tracker, List.copyOf(samples), start, postedEnd, end,
                    watcher.mode(), watcher.latencySource(), watcher.storeSizeBefore(), drained,
                    partitionsArticles, partitionsEvents, speedBefore, speedAfter, cpu, merge);
        }
    }

    private static long lastStored(Tracker tracker) {
        long last = 0;
        for (int seq = 0; seq < tracker.count(); seq++) {
            last = Math.max(last, tracker.storedAt(seq));
        }
        return last;
    }
}

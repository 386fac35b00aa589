package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import news.timeline.loadtest.support.ChangeFollower;
import news.timeline.loadtest.support.KafkaProcess;
import news.timeline.loadtest.support.Pipeline;
import news.timeline.loadtest.support.ServiceProcess;
import news.timeline.loadtest.support.TestPostgres;

/**
 * Faults injected mid-stream into the whole real system: the three packaged services as processes, a Kafka broker in
 * a process of its own, a real PostgreSQL. Each scenario streams its own distinct articles through ingest-service,
 * injects its fault once a third of them are stored, and asserts counts, never timings: every accepted article is
 * stored exactly once with all its events, nothing goes to {@code articles-dlq}, and every service reports ready
 * again by itself. The scenarios share one system (each leaves it healthy for the next), which keeps the suite to a
 * few minutes; their figures go to target/fault-suite-report.json.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    private static final int COUNT = 300;
    private static final double RATE = 15;
    private static final int PARTITIONS = 6;
    private static final Duration BROKER_DOWN = Duration.ofSeconds(15);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(300);
    private static final Duration RECOVER = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, Map<String, Object>> FIGURES = new LinkedHashMap<>();

    private static TestPostgres postgres;
    private static KafkaProcess kafka;
    private static Pipeline pipeline;
    private static Path corpus;

    /** What one scenario does to the system while articles stream through it. */
    private interface Fault {
        void inject() throws Exception;
    }

    @BeforeAll
    static void startSystem() throws Exception {
        for (String module : List.of("ingest-service", "extract-service", "timeline-service")) {
            Assumptions.assumeTrue(Files.exists(ServiceProcess.jarOf(module)), module + " is not packaged ("
                    + ServiceProcess.jarOf(module) + "): run mvn verify from the repository root");
        }
        Assumptions.assumeTrue(TestPostgres.findBin() != null, "PostgreSQL is not installed: skipping");
        Path timeline17 = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "timeline17");
        corpus = Files.isDirectory(timeline17) ? timeline17 : ArticleGeneratorTest.SAMPLES;
        postgres = TestPostgres.start();
        kafka = KafkaProcess.start(Path.of("target", "fault-kafka"), PARTITIONS);
        pipeline = Pipeline.start(postgres, "faults", 1, kafka);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        try {
            if (!FIGURES.isEmpty()) {
                Path report = Path.of("target", "fault-suite-report.json");
                JSON.writeValue(report.toFile(), FIGURES);
                System.out.println("fault suite: " + JSON.writeValueAsString(FIGURES));
            }
        } finally {
            if (pipeline != null) {
                pipeline.close(); // closes the broker too
            } else if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    @Order(1)
    void extractServiceKilledMidStream() throws Exception {
        scenario("extract-service kill -9", 1, () -> pipeline.killAndRestart("extract-service", 0));
    }

    @Test
    @Order(2)
    void timelineServiceKilledMidStream() throws Exception {
        Assumptions.assumeTrue(pipeline != null, "the system did not start");
        try (ChangeFollower follower = ChangeFollower.start(pipeline.timelineUrl())) {
            scenario("timeline-service kill -9", 2, () -> {
                pipeline.killAndRestart("timeline-service", 0);
                follower.resume();
            });
            assertChangeLogReceived(follower, "timeline-service kill -9");
        }
    }

    /**
     * A follower of /api/stream that reconnected with Last-Event-ID got every change of the log from its first one
     * on, in order, each once: nothing missed or repeated across the restart.
     */
    private static void assertChangeLogReceived(ChangeFollower follower, String name) throws Exception {
        assertThat(follower.ids()).as("changes received before the fault").isNotEmpty();
        long first = follower.ids().get(0);
        List<Long> logged = new ArrayList<>();
        try (Connection c = pipeline.connect();
                PreparedStatement s = c.prepareStatement("select seq from entry_change where seq >= ? order by seq")) {
            s.setLong(1, first);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    logged.add(r.getLong(1));
                }
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (follower.ids().size() < logged.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        FIGURES.get(name).put("streamChangesReceived", follower.ids().size());
        FIGURES.get(name).put("streamConnections", follower.connections());
        assertThat(follower.connections()).as("connections to /api/stream").isEqualTo(2);
        assertThat(follower.ids()).as("change ids received across the restart, against the change log")
                .isEqualTo(logged);
    }

    @Test
    @Order(3)
    void brokerStoppedAndStartedMidStream() throws Exception {
        scenario("broker stop", 3, () -> {
            kafka.stop();
            Thread.sleep(BROKER_DOWN.toMillis());
            kafka.restart();
        });
    }

    @Test
    @Order(4)
    void brokerKilledAndStartedMidStream() throws Exception {
        scenario("broker kill -9", 4, () -> {
            kafka.kill();
            Thread.sleep(BROKER_DOWN.toMillis());
            kafka.restart();
        });
    }

    @Test
    @Order(5)
    void databaseStoppedForAMinuteMidStream() throws Exception {
        scenario("PostgreSQL stopped 60 s", 5, () -> {
            postgres.stopServer();
            Thread.sleep(DATABASE_DOWN.toMillis());
            postgres.startServer();
        });
    }

    private void scenario(String name, long seed, Fault fault) throws Exception {
        Assumptions.assumeTrue(pipeline != null, "the system did not start");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("passed", false);
        FIGURES.put(name, figures);
        int deadLettersBefore = kafka.count("articles-dlq");
        long storedBefore = pipeline.count("select count(*) from article");
        // Distinct seed and tag per scenario: its own articles, with URLs (so ids) no other scenario posts.
        LoadTest.Options options = new LoadTest.Options(pipeline.ingestUrl(), pipeline.timelineUrl(),
                pipeline.bootstrap(), corpus, COUNT, RATE, 10, 2, seed, 0.1, "fault-" + seed, Duration.ofSeconds(400),
                Duration.ofSeconds(30), pipeline.monitored(), false, Pipeline.API_KEY);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        LoadTest.Result result;
        try {
            Future<LoadTest.Result> run = runner.submit(() -> LoadTest.run(options));
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            long stored;
            while ((stored = pipeline.count("select count(*) from article") - storedBefore) < COUNT / 3) {
                assertThat(System.nanoTime()).as("a third of the articles stored within 180 s").isLessThan(deadline);
                assertThat(run.isDone()).as("the stream ended before the fault").isFalse();
                Thread.sleep(200);
            }
            long faultAt = System.nanoTime();
            fault.inject();
            System.out.printf("%s: injected with %d of %d articles stored, over after %.1f s%n", name, stored, COUNT,
                    (System.nanoTime() - faultAt) / 1e9);
            figures.put("storedBeforeFault", stored);
            result = run.get(10, TimeUnit.MINUTES);
        } finally {
            runner.shutdownNow();
        }
        Tracker t = result.tracker();
        figures.put("accepted", t.accepted());
        figures.put("rejected", t.rejected());
        figures.put("abandoned", t.abandoned());
        figures.put("throttledResponses", t.throttledResponses());
        figures.put("retries", t.retries());
        figures.put("transportErrors", t.transportErrors());

        Settled.await(pipeline, storedBefore + t.accepted(), SETTLE);
        long recoverFrom = System.nanoTime();
        List<String> notReady = awaitAllReady();
        figures.put("secondsUntilAllReadyAfterSettling", Math.round((System.nanoTime() - recoverFrom) / 1e8) / 10.0);

        Set<String> accepted = new HashSet<>(t.acceptedIds());
        Map<String, Integer> mentions = mentionsOf(accepted);
        Set<String> lost = new HashSet<>(accepted);
        lost.removeAll(mentions.keySet());
        Map<String, String> events = kafka.lastValueByKey("article-events");
        List<String> wrongMentions = new ArrayList<>();
        for (String id : mentions.keySet()) {
            String value = events.get(id);
            int expected = value == null ? -1 : JSON.readTree(value).path("events").size();
            if (mentions.get(id) != expected) {
                wrongMentions.add(id + ": " + mentions.get(id) + " mentions, " + expected
                        + " events on article-events");
            }
        }
        List<String> duplicated = duplicatedMentions(accepted);
        List<String> deadLetters = kafka.deadLetterReasons();
        List<String> newDeadLetters = deadLetters.subList(Math.min(deadLettersBefore, deadLetters.size()),
                deadLetters.size());
        figures.put("stored", mentions.size());
        figures.put("lost", lost.size());
        figures.put("duplicatedMentions", duplicated.size());
        figures.put("deadLettered", newDeadLetters.size());
        figures.put("servicesNotReady", notReady);
        try {
            assertRecovered(t, newDeadLetters, lost, duplicated, wrongMentions, notReady);
            figures.put("passed", true);
        } finally {
            // after the checks, so that the line printed carries the verdict
            System.out.printf("%s: %s%n", name, figures);
        }
    }

    private static void assertRecovered(Tracker t, List<String> newDeadLetters, Set<String> lost,
            List<String> duplicated, List<String> wrongMentions, List<String> notReady) {
        assertThat(t.problems()).as("problems while posting").isEmpty();
        assertThat(t.rejected()).as("generated articles rejected").isZero();
        assertThat(t.abandoned()).as("articles never accepted despite retries").isZero();
        assertThat(t.accepted()).as("accepted").isEqualTo(COUNT);
        assertThat(newDeadLetters).as("dead-lettered").isEmpty();
        assertThat(lost).as("accepted and not stored").isEmpty();
        assertThat(duplicated).as("duplicated (article_id, event_index)").isEmpty();
        assertThat(wrongMentions).as("articles whose mentions differ from their events").isEmpty();
        assertThat(notReady).as("services not ready again by themselves within %s", RECOVER).isEmpty();
    }

    /** Polls every service's readiness until all are ready or {@link #RECOVER} passed; the ones still not ready. */
    private static List<String> awaitAllReady() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVER.toNanos();
        while (true) {
            List<String> notReady = pipeline.services().stream().filter(s -> !s.ready()).map(ServiceProcess::name)
                    .toList();
            if (notReady.isEmpty() || System.nanoTime() > deadline) {
                return notReady;
            }
            Thread.sleep(1000);
        }
    }

    /** Mentions per stored article among {@code ids} (an article stored without events counts 0). */
    private static Map<String, Integer> mentionsOf(Set<String> ids) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = pipeline.connect(); PreparedStatement s = c.prepareStatement(
                "select a.id, count(m.id) from article a left join mention m on m.article_id = a.id "
                        + "where a.id = any(?) group by a.id")) {
            Array array = c.createArrayOf("text", ids.toArray());
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    private static List<String> duplicatedMentions(Set<String> ids) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = pipeline.connect(); PreparedStatement s = c.prepareStatement(
                "select article_id || '/' || event_index from mention where article_id = any(?) "
                        + "group by article_id, event_index having count(*) > 1")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}

package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.timeline.loadtest.support.Pipeline;
import news.timeline.loadtest.support.ServiceProcess;
import news.timeline.loadtest.support.StoreState;
import news.timeline.loadtest.support.TestPostgres;

/**
 * The load test through the whole real system: the three packaged services as processes, an in-process Kafka broker,
 * a real PostgreSQL. Asserts counts only, never timings: every accepted article stored exactly once with all its
 * events; and, with two instances of extract-service and timeline-service of which one of each is killed mid-stream
 * and started again, the same articles and the same mentions as the single-instance run, none duplicated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineLoadTest {

    private static final int COUNT = 300;
    private static final long SEED = 17;
    private static final int PARTITIONS = 6;
    private static final Duration SETTLE = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestPostgres postgres;
    private static Path corpus;
    private static StoreState single;

    @BeforeAll
    static void startPostgres() throws Exception {
        for (String module : List.of("ingest-service", "extract-service", "timeline-service")) {
            Assumptions.assumeTrue(Files.exists(ServiceProcess.jarOf(module)), module + " is not packaged ("
                    + ServiceProcess.jarOf(module) + "): run mvn verify from the repository root");
        }
        Assumptions.assumeTrue(TestPostgres.findBin() != null, "PostgreSQL is not installed: skipping");
        Path timeline17 = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "timeline17");
        if (Files.isDirectory(timeline17)) {
            corpus = timeline17;
        } else {
            corpus = ArticleGeneratorTest.SAMPLES;
            System.out.println("PipelineLoadTest: no " + timeline17 + "; generating from " + corpus);
        }
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static LoadTest.Options options(Pipeline p, double rate) {
        // Same seed and tag in both runs: the same articles, with the same URLs and so the same ids.
        return new LoadTest.Options(p.ingestUrl(), p.timelineUrl(), p.bootstrap(), corpus, COUNT, rate, 50, 2, SEED,
                0.1, "it", Duration.ofSeconds(300), SETTLE, p.monitored(), true,
                Pipeline.API_KEY);
    }

    @Test
    @Order(1)
    void everyAcceptedArticleIsStoredExactlyOnceWithAllItsEvents() throws Exception {
        try (Pipeline p = Pipeline.start(postgres, "single", 1, PARTITIONS)) {
            LoadTest.Result result = LoadTest.run(options(p, 0));
            Report report = new Report(result, 100);
            report.print(System.out);
            report.write(Path.of("target", "loadtest-single"));

            Tracker t = result.tracker();
            assertThat(t.problems()).as("problems while posting").isEmpty();
            assertThat(t.accepted()).as("accepted").isEqualTo(COUNT);
            Set<String> accepted = new HashSet<>(t.acceptedIds());
            assertThat(accepted).as("distinct ids").hasSize(COUNT);
            Settled.await(p, COUNT, SETTLE);

            assertThat(p.kafka().deadLetterReasons()).as("dead letters").isEmpty();
            StoreState state = StoreState.read(p.connect());
            assertThat(state.articleIds()).as("stored articles").hasSize(COUNT);
            assertThat(new HashSet<>(state.articleIds())).as("stored = accepted").isEqualTo(accepted);
            assertThat(state.duplicateMentionKeys()).as("duplicated (article_id, event_index)").isEmpty();
            assertThat(new HashSet<>(state.mentionKeys())).hasSize(state.mentionKeys().size());
            assertThat(state.mentionKeys()).as("mentions").isNotEmpty();

            // Nothing lost between the topics and the store: each article has as many mentions as the events of its
            // (last) record on article-events, and nothing went to the dead letters.
            Map<String, String> events = p.kafka().lastValueByKey("article-events");
            assertThat(events.keySet()).as("articles on article-events").isEqualTo(accepted);
            for (Map.Entry<String, String> e : events.entrySet()) {
                int expected = JSON.readTree(e.getValue()).path("events").size();
                assertThat(state.mentionsByArticle().getOrDefault(e.getKey(), 0)).as("mentions of %s", e.getKey())
                        .isEqualTo(expected);
            }
            // The load test itself saw every article through timeline-service's API.
            assertThat(t.stored()).as("articles the load test saw stored").isEqualTo(COUNT);
            assertThat(Path.of("target", "loadtest-single", "throughput.png")).isNotEmptyFile();
            assertThat(Path.of("target", "loadtest-single", "summary.json")).isNotEmptyFile();
            System.out.printf("single instance: %d articles, %d mentions, %d entries%n", state.articleIds().size(),
                    state.mentionKeys().size(), state.entries());
            single = state;
        }
    }

    @Test
    @Order(2)
    void twoInstancesOneOfEachKilledAndRestartedMidStreamStoreTheSameArticlesAndMentions() throws Exception {
        Assumptions.assumeTrue(single != null, "the single-instance run did not complete");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (Pipeline p = Pipeline.start(postgres, "replicas", 2, PARTITIONS)) {
            // A fixed rate keeps the stream going while an instance of each service is killed.
            Future<LoadTest.Result> run = runner.submit(() -> LoadTest.run(options(p, 25)));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            long stored;
            while ((stored = p.count("select count(*) from article")) < COUNT / 3) {
                assertThat(System.nanoTime()).as("a third of the articles stored within 120 s").isLessThan(deadline);
                assertThat(run.isDone()).as("the run ended before the kill").isFalse();
                Thread.sleep(200);
            }
            assertBothInstancesConsumeAllPartitions(p, "extract-service", "articles");
            assertBothInstancesConsumeAllPartitions(p, "timeline-service", "article-events");
            p.killInstance(1);
            System.out.printf("killed extract-service and timeline-service instance 1 with %d of %d articles stored%n",
                    stored, COUNT);
            p.restartInstance(1, "-restarted");
            System.out.printf("restarted them with %d articles stored%n", p.count("select count(*) from article"));
            LoadTest.Result result = run.get(10, TimeUnit.MINUTES);
            new Report(result, 100).print(System.out);

            assertThat(result.tracker().accepted()).as("accepted").isEqualTo(COUNT);
            Settled.await(p, COUNT, SETTLE);
            assertThat(p.kafka().deadLetterReasons()).as("dead letters").isEmpty();
            StoreState state = StoreState.read(p.connect());
            assertThat(state.articleIds()).as("same articles as the single-instance run")
                    .containsExactlyElementsOf(single.articleIds());
            assertThat(state.duplicateMentionKeys()).as("duplicated (article_id, event_index)").isEmpty();
            assertThat(state.mentionKeys()).as("same mentions (article_id/event_index/date_value)")
                    .containsExactlyElementsOf(single.mentionKeys());
            boolean sameEntries = state.entryGroups().equals(single.entryGroups());
            System.out.printf("entries: single instance %d, two instances with a kill %d; same grouping of mentions "
                    + "into entries: %s%n", single.entries(), state.entries(), sameEntries);
        } finally {
            runner.shutdownNow();
        }
    }

    /**
     * Each of the two instances holds partitions of the topic, and together all of them (bounded wait). An instance
     * may run several consumers of the group (EXTRACT_CONSUMERS, TIMELINE_CONSUMERS): its members are told apart by
     * their client id, the instance's name.
     */
    private static void assertBothInstancesConsumeAllPartitions(Pipeline p, String group, String topic)
            throws Exception {
        Pattern instanceName = Pattern.compile(".*?-(?:extract|timeline)-\\d+");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, p.bootstrap()))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(10, TimeUnit.SECONDS);
                Map<String, Set<Integer>> byInstance = new TreeMap<>();
                description.members().forEach(m -> {
                    Matcher name = instanceName.matcher(m.clientId());
                    byInstance.computeIfAbsent(name.lookingAt() ? name.group() : m.clientId(), i -> new TreeSet<>())
                            .addAll(m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(topic))
                                    .map(TopicPartition::partition).toList());
                });
                Set<Integer> all = byInstance.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
                boolean ok = byInstance.size() == 2 && byInstance.values().stream().noneMatch(Set::isEmpty)
                        && all.size() == PARTITIONS;
                if (ok) {
                    System.out.printf("group %s: partitions of %s per instance %s%n", group, topic, byInstance);
                    return;
                }
                assertThat(System.nanoTime()).as("group %s: two instances sharing the %d partitions of %s, got %s",
                        group, PARTITIONS, topic, byInstance).isLessThan(deadline);
                Thread.sleep(500);
            }
        }
    }
}

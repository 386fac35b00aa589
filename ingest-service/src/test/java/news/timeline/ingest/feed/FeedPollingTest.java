package news.timeline.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import news.timeline.contract.SchemaVersion;
import news.timeline.contract.testing.ContractSchemas;
import news.timeline.contract.testing.TopicReader;
import news.timeline.contract.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds polled from a real local HTTP server whose documents change between polls, with their articles read back
 * from the real broker: new items arrive once, an unchanged feed costs a 304, a failing feed backs off and recovers,
 * a Retry-After is honoured, a restart of the scheduler duplicates nothing, and RSS, Atom (with its linked page's
 * main text) and JSON Feed items all become articles.
 */
@QuarkusTest
@TestProfile(FeedPollingTest.LocalFeeds.class)
public class FeedPollingTest {

    /** Local feeds allowed, polled every second, back-off up to 4 s, bodies up to 64 KiB. */
    public static class LocalFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.feeds.allow-private-addresses", "true", "ingest.feeds.min-interval", "1s",
                    "ingest.feeds.max-backoff", "4s", "ingest.feeds.instance-name", "test-instance",
                    "ingest.feeds.max-body-bytes", "65536");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FeedServer server;

    @Inject
    FeedScheduler scheduler;
    @Inject
    FeedConfig config;
    @Inject
    FeedPoll poll;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeAll
    static void startServer() throws Exception {
        server = new FeedServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void newItemsArriveOnceUnchangedCostsA304AndARestartDuplicatesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String path = "/rss-" + run + ".xml";
        String a = "https://news.example/" + run + "/a";
        String b = "https://news.example/" + run + "/b";
        String c = "https://news.example/" + run + "/c";
        server.serve(path, FeedServer.Answer.ok("application/rss+xml; charset=utf-8", rss(run, a, b), "\"v1\""));
        String id = subscribe(server.url(path), 1, false);

        assertThat(articles(run, 2)).as("the two items, once each").extracting(r -> url(r))
                .containsExactlyInAnyOrder(a, b);
        await("a conditional poll answered 304", () -> server.requests(path).stream()
                .anyMatch(r -> r.status() == 304 && "\"v1\"".equals(r.ifNoneMatch())));
        assertThat(server.requests(path).get(0).userAgent()).contains("news-timeline");

        server.serve(path, FeedServer.Answer.ok("application/rss+xml", rss(run, c, a, b), "\"v2\""));
        List<ConsumerRecord<String, String>> three = articles(run, 3);
        assertThat(three).extracting(r -> url(r)).containsExactlyInAnyOrder(a, b, c);
        JsonNode third = JSON.readTree(three.stream().filter(r -> url(r).equals(c)).findFirst().orElseThrow().value());
        assertThat(third.path("title").asText()).isEqualTo("Item " + c);
        assertThat(third.path("text").asText()).contains("The council met on March 3, 2026").doesNotContain("<p>");
        assertThat(third.path("publishedAt").asText()).isEqualTo("2026-03-04T10:00:00Z");
        assertThat(third.path("source").asText()).isEqualTo("Feed " + run);

        // A restart: the scheduler's memory is gone; the topic's state (seen items, ETag) is what it goes on from.
        await("the v2 state is saved", () -> itemsSeen(id) == 3);
        assertFeedRecordsFollowTheDocumentedSchema(id);
        scheduler.stop();
        int before = server.requests(path).size();
        scheduler.start();
        await("polled again after the restart", () -> server.requests(path).size() > before + 1);
        assertThat(server.requests(path).subList(before, server.requests(path).size()))
                .as("after the restart every poll is conditional on the saved ETag, and answered 304")
                .allSatisfy(r -> {
                    assertThat(r.ifNoneMatch()).isEqualTo("\"v2\"");
                    assertThat(r.status()).isEqualTo(304);
                });
        // The same document without its validator: re-polled items are recognized and not sent again.
        server.serve(path, FeedServer.Answer.ok("application/rss+xml", rss(run, c, a, b), null));
        int unvalidated = server.requests(path).size();
        await("polled without a validator", () -> server.requests(path).size() > unvalidated + 1);
        assertThat(allArticles(run)).as("still one record per item")
                .hasSize(3);
        JsonPath feed = given().get("/api/feeds/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(feed.getInt("itemsSeen")).isEqualTo(3);
        assertThat(feed.getString("lastSuccessAt")).isNotNull();
        assertThat(feed.getString("nextPollAt")).isNotNull();
        assertThat(feed.getString("polledBy")).isEqualTo("test-instance");

        authorized().delete("/api/feeds/{id}", id).then().statusCode(204);
        given().get("/api/feeds/{id}", id).then().statusCode(404).contentType("application/problem+json");
        int atDelete = server.requests(path).size();
        Thread.sleep(3000);
        assertThat(server.requests(path).size()).as("an unsubscribed feed is polled at most once more")
                .isLessThanOrEqualTo(atDelete + 1);
    }

    @Test
    void aFailingFeedBacksOffAndRecovers() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String path = "/failing-" + run + ".xml";
        String a = "https://news.example/" + run + "/a";
        server.serve(path, FeedServer.Answer.status(500, Map.of()));
        String id = subscribe(server.url(path), 1, false);

        await("three failed polls", () -> server.requests(path).size() >= 3);
        List<FeedServer.Seen> failed = server.requests(path);
        Duration first = Duration.between(failed.get(0).at(), failed.get(1).at());
        Duration second = Duration.between(failed.get(1).at(), failed.get(2).at());
        assertThat(first).as("1 s interval doubled after one failure").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(second).as("doubled again, to the 4 s cap").isGreaterThanOrEqualTo(Duration.ofMillis(3900));
        JsonPath state = given().get("/api/feeds/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(state.getInt("failures")).isGreaterThanOrEqualTo(2);
        assertThat(state.getString("lastError")).isEqualTo("HTTP 500");

        server.serve(path, FeedServer.Answer.ok("application/rss+xml", rss(run, a), "\"ok\""));
        assertThat(articles(run, 1)).extracting(r -> url(r)).containsExactly(a);
        await("failures reset", () -> given().get("/api/feeds/{id}", id).then().extract().jsonPath()
                .getInt("failures") == 0);

        // 429 with Retry-After: 3 holds the next poll back for 3 s, though the interval is 1 s.
        server.serve(path, FeedServer.Answer.status(429, Map.of("Retry-After", "3")));
        await("a 429", () -> server.requests(path).stream().anyMatch(r -> r.status() == 429));
        FeedServer.Seen refused = server.requests(path).stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow();
        await("polled after the 429", () -> server.requests(path).stream().anyMatch(r -> r.at().isAfter(refused.at())));
        FeedServer.Seen after = server.requests(path).stream().filter(r -> r.at().isAfter(refused.at())).findFirst()
                .orElseThrow();
        assertThat(Duration.between(refused.at(), after.at())).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        authorized().delete("/api/feeds/{id}", id).then().statusCode(204);
    }

    @Test
    void redirectsAreFollowedAndOversizedBodiesRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String moved = "/moved-" + run + ".xml";
        String target = "/target-" + run + ".xml";
        String big = "/big-" + run + ".xml";
        String a = "https://news.example/" + run + "/a";
        server.serve(moved, FeedServer.Answer.status(301, Map.of("Location", target)));
        server.serve(target, FeedServer.Answer.ok("application/rss+xml", rss(run, a), null));
        server.serve(big, FeedServer.Answer.ok("application/rss+xml", rss(run, "https://news.example/" + run + "/"
                + "x".repeat(70_000)), null));
        String movedId = subscribe(server.url(moved), 1, false);
        String bigId = subscribe(server.url(big), 1, false);

        assertThat(articles(run, 1)).extracting(r -> url(r)).as("the item of the feed redirected to")
                .containsExactly(a);
        await("the oversized feed refused", () -> given().get("/api/feeds/{id}", bigId).then().extract().jsonPath()
                .getInt("failures") > 0);
        assertThat(given().get("/api/feeds/{id}", bigId).then().extract().jsonPath().getString("lastError"))
                .contains("larger than 65536 bytes");
        assertThat(allArticles(run)).as("nothing of the oversized feed")
                .hasSize(1);
        authorized().delete("/api/feeds/{id}", movedId).then().statusCode(204);
        authorized().delete("/api/feeds/{id}", bigId).then().statusCode(204);
    }

    @Test
    void atomWithItsLinkedPagesAndJsonFeedBecomeArticles() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String atomPath = "/atom-" + run + ".xml";
        String pagePath = "/page-" + run + ".html";
        String jsonPath = "/json-" + run + ".json";
        String page = server.url(pagePath);
        server.serve(pagePath, FeedServer.Answer.ok("text/html; charset=utf-8", """
                <html><head><title>Page title</title></head><body>
                <nav>Home | World | Sports</nav>
                <article><h1>Summit in Geneva</h1><p>The leaders met in Geneva on June 16, 2021.</p></article>
                <footer>Copyright Example</footer></body></html>""", null));
        server.serve(atomPath, FeedServer.Answer.ok("application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom %s</title><id>urn:atom:%s</id><updated>2021-06-17T08:00:00Z</updated>
                  <entry><title>Summit in Geneva</title><id>urn:atom:%s:1</id><link href="%s"/>
                    <updated>2021-06-17T08:00:00Z</updated><summary>Leaders met.</summary></entry>
                </feed>""".formatted(run, run, run, page), "\"atom\""));
        String jsonItem = "https://json.example/" + run + "/1";
        server.serve(jsonPath, FeedServer.Answer.ok("application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON %s",
                 "items": [{"id": "1", "url": "%s", "title": "Budget vote",
                            "content_text": "The parliament votes on the budget on May 5, 2026.",
                            "date_published": "2026-04-30T12:00:00+02:00"}]}""".formatted(run, jsonItem), null));
        String atomId = subscribe(server.url(atomPath), 1, true);
        String jsonId = subscribe(server.url(jsonPath), 1, false);

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT, rs -> rs.stream()
                .filter(r -> r.value().contains(run)).count() >= 2 && rs.stream().anyMatch(r -> r.value().contains(page)));
        JsonNode atom = JSON.readTree(records.stream().filter(r -> r.value().contains(page)).findFirst()
                .orElseThrow(() -> new AssertionError("no article from the Atom feed")).value());
        assertThat(atom.path("text").asText()).as("the linked page's main text, without its navigation and footer")
                .isEqualTo("Summit in Geneva\n\nThe leaders met in Geneva on June 16, 2021.");
        assertThat(atom.path("publishedAt").asText()).isEqualTo("2021-06-17T08:00:00Z");
        assertThat(atom.path("source").asText()).isEqualTo("Atom " + run);
        JsonNode json = JSON.readTree(records.stream().filter(r -> r.value().contains(jsonItem)).findFirst()
                .orElseThrow(() -> new AssertionError("no article from the JSON feed")).value());
        assertThat(json.path("text").asText()).isEqualTo("The parliament votes on the budget on May 5, 2026.");
        assertThat(json.path("publishedAt").asText()).isEqualTo("2026-04-30T10:00:00Z");
        assertThat(json.path("title").asText()).isEqualTo("Budget vote");

        JsonPath list = given().queryParam("limit", 500).get("/api/feeds").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id", String.class)).contains(atomId, jsonId);
        authorized().delete("/api/feeds/{id}", atomId).then().statusCode(204);
        authorized().delete("/api/feeds/{id}", jsonId).then().statusCode(204);
    }

    @Test
    void eachFeedIsPolledByExactlyOneOfTwoInstances() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Two feeds on each partition, so that both instances own some whatever the assignment.
        List<String> paths = new ArrayList<>();
        int[] perPartition = new int[config.partitions()];
        for (int i = 0; paths.size() < 2 * perPartition.length; i++) {
            String path = "/two-" + run + "-" + i + ".xml";
            int partition = partitionOf(FeedService.idOf(URI.create(server.url(path))));
            if (perPartition[partition] < 2) {
                perPartition[partition]++;
                paths.add(path);
            }
        }
        FeedStore secondStore = new FeedStore(config, json, bootstrap);
        FeedScheduler second = new FeedScheduler(secondStore, poll, config, bootstrap, "second-instance");
        second.start();
        try {
            List<String> ids = new ArrayList<>();
            for (String path : paths) {
                server.serve(path, FeedServer.Answer.ok("application/rss+xml",
                        rss(run, "https://news.example/" + run + path), "\"" + path + "\""));
                ids.add(subscribe(server.url(path), 1, false));
            }
            await("both instances poll feeds", () -> ids.stream().map(this::polledBy).collect(Collectors.toSet())
                    .equals(Set.of("test-instance", "second-instance")));
            Thread.sleep(3000);
            second.stop();
            await("the second instance's feeds moved to the first", () -> ids.stream().allMatch(id ->
                    "test-instance".equals(polledBy(id))));
            int before = paths.stream().mapToInt(p -> server.requests(p).size()).sum();
            await("every feed polled again", () -> paths.stream().mapToInt(p -> server.requests(p).size()).sum()
                    >= before + paths.size());

            for (String path : paths) {
                List<FeedServer.Seen> requests = server.requests(path);
                for (int i = 1; i < requests.size(); i++) {
                    assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at()))
                            .as("polls of %s by one instance at a time, 1 s apart", path)
                            .isGreaterThanOrEqualTo(Duration.ofMillis(800));
                }
            }
            assertThat(allArticles(run)).extracting(r -> url(r))
                    .as("each feed's item once, through both instances and the move")
                    .containsExactlyInAnyOrderElementsOf(paths.stream().map(p -> "https://news.example/" + run + p)
                            .toList());
            for (String id : ids) {
                authorized().delete("/api/feeds/{id}", id).then().statusCode(204);
            }
        } finally {
            second.stop();
            secondStore.close();
        }
    }

    /** What this service really wrote to the feeds topic for the feed: its subscription, then its polls' states. */
    private void assertFeedRecordsFollowTheDocumentedSchema(String id) {
        List<ConsumerRecord<String, String>> written = TopicReader.read(config.topic(), WAIT, rs -> rs.stream()
                .anyMatch(r -> id.equals(r.key()) && r.value() != null && r.value().contains("\"itemsSeen\":3")))
                .stream().filter(r -> id.equals(r.key())).toList();
        assertThat(written).as("the subscription and the states of its polls").hasSizeGreaterThan(1)
                .allSatisfy(record -> {
                    assertThat(ContractSchemas.violations("FeedRecord", record.value())).isEmpty();
                    assertThat(record.value()).contains("\"schemaVersion\":\"" + SchemaVersion.CURRENT + "\"");
                });
        assertThat(written).anySatisfy(record -> assertThat(record.value()).contains("\"etag\":\"\\\"v2\\\"\""));
    }

    /** The partition Kafka's default partitioner gives the key. */
    private int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % config.partitions();
    }

    private String polledBy(String id) {
        return given().get("/api/feeds/{id}", id).then().extract().jsonPath().getString("polledBy");
    }

    private static String subscribe(String url, int intervalSeconds, boolean fetchPages) {
        return authorized().contentType(ContentType.JSON)
                .body(Map.of("url", url, "intervalSeconds", intervalSeconds, "fetchPages", fetchPages))
                .post("/api/feeds").then().statusCode(201).extract().jsonPath().getString("id");
    }

        /** The articles of this run on the topic, read until there are {@code expected} (bounded). */
    private static List<ConsumerRecord<String, String>> articles(String run, int expected) {
        List<ConsumerRecord<String, String>> all = TopicReader.read("articles", WAIT,
                rs -> rs.stream().filter(r -> r.value().contains("news.example/" + run)).count() >= expected);
        return all.stream().filter(r -> r.value().contains("news.example/" + run)).toList();
    }

    /** Every article of this run on the topic now: all partitions read up to their end offsets taken first. */
    private static List<ConsumerRecord<String, String>> allArticles(String run) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("articles").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertThat(System.nanoTime()).as("read to the end in time").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value().contains("news.example/" + run)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static String url(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("url").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long itemsSeen(String id) {
        return given().get("/api/feeds/{id}", id).then().extract().jsonPath().getLong("itemsSeen");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** An RSS 2.0 document of the given item links, newest first, with their full content as content:encoded. */
    private static String rss(String run, String... links) {
        String items = java.util.Arrays.stream(links).map(link -> """
                <item><title>Item %s</title><link>%s</link><guid>%s</guid>
                  <pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate><description>Short.</description>
                  <content:encoded><![CDATA[<p>The council met on March 3, 2026 (%s).</p>]]></content:encoded></item>
                """.formatted(link, link, link, link)).collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Feed %s</title><link>https://news.example/</link><description>Test</description>
                %s</channel></rss>""".formatted(run, items);
    }
}

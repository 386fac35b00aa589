package news.timeline.ingest.cli;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.ReprocessRun;
import news.timeline.contract.Topics;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static news.timeline.contract.testing.TopicReader.hasKey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sending half of {@code ./timeline reprocess} on the real broker: what it reads of a compacted topic (each id's
 * last value only, a tombstoned one not at all) and what it sends to {@code articles-reprocess} under the run id.
 */
@QuarkusTest
class ReprocessCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void sendsTheLastVersionOfEachArticlePublishedSinceTheDateUnderTheRunId() throws Exception {
        String prefix = "reprocess-" + UUID.randomUUID();
        String revised = prefix + "-revised";
        String offset = prefix + "-offset";
        String older = prefix + "-older";
        String undated = prefix + "-undated";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : List.of(
                    article(revised, "First version.", "2019-01-02"),
                    article(offset, "Published just after midnight, local time.", "2019-03-04T00:30:00+02:00"),
                    article(older, "Before the date.", "2017-05-05"),
                    article(undated, "No date at all.", null),
                    article(revised, "Second version.", "2019-01-03"))) {
                producer.send(record).get();
            }
        }
        String run = ReprocessRun.newId(Instant.now());
        ReprocessCommand command = new ReprocessCommand(KafkaBroker.bootstrapServers(), "http://127.0.0.1:1", out, out);

        ReprocessCommand.Sent sent = command.send(run, LocalDate.parse("2018-01-01"));

        List<ConsumerRecord<String, String>> again = TopicReader.read(Topics.ARTICLES_REPROCESS, Duration.ofSeconds(30),
                rs -> hasKey(rs, revised) && hasKey(rs, offset)).stream()
                .filter(r -> r.key().startsWith(prefix)).toList();
        assertThat(again).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(revised, offset);
        assertThat(again).filteredOn(r -> r.key().equals(revised)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("Second version.").doesNotContain("First version."));
        assertThat(again).allSatisfy(r -> assertThat(new String(r.headers().lastHeader(ReprocessRun.HEADER).value(),
                StandardCharsets.UTF_8)).isEqualTo(run));
        assertThat(sent.before()).isPositive();
        assertThat(sent.undated()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("reprocess run " + run + ": " + sent.sent()
                + " article(s) sent to articles-reprocess; left out: " + sent.before() + " published before 2018-01-01");
    }

    @Test
    void theReaderHandsOnEachKeysLastValueOnlyAndNothingOfATombstonedKey() throws Exception {
        // A topic of its own: the services' tests read articles and expect no tombstone there.
        String topic = "stored-articles-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (String[] kv : new String[][] {{"a", "a1"}, {"b", "b1"}, {"a", "a2"}, {"gone", "g1"}, {"gone", null},
                    {"c", "c1"}, {"b", "b2"}, {"a", "a3"}}) {
                producer.send(new ProducerRecord<>(topic, kv[0], kv[1])).get();
            }
        }
        Map<String, String> seen = new TreeMap<>();
        List<Long> progress = new ArrayList<>();
        try (StoredArticles articles = new StoredArticles(KafkaBroker.bootstrapServers(), topic)) {
            assertThat(articles.records()).isEqualTo(8);
            articles.forEachLatest((key, value) -> assertThat(seen.put(key, value)).as("once: " + key).isNull(),
                    progress::add);
        }
        assertThat(seen).isEqualTo(Map.of("a", "a3", "b", "b2", "c", "c1"));
        assertThat(progress).isSorted().last().isEqualTo(8L);
    }

    private static ProducerRecord<String, String> article(String id, String text, String publishedAt) {
        return new ProducerRecord<>(Topics.ARTICLES, id, "{\"schemaVersion\": \"1.0\", \"id\": \"" + id
                + "\", \"text\": \"" + text + "\"" + (publishedAt == null ? "" : ", \"publishedAt\": \"" + publishedAt
                + "\"") + "}");
    }
}

package news.timeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.timeline.contract.testing.KafkaBroker;

/**
 * The topics as {@code ./timeline up} makes them (it runs {@link TopicSetup}), on a real broker where the test
 * support already made {@code articles}, {@code article-events} and {@code articles-dlq} with the broker's defaults
 * (3 partitions, deleted after a week), as an older run would have.
 */
class TopicSetupTest {

    private static final KafkaBroker BROKER = new KafkaBroker();
    private static Admin admin;

    @BeforeAll
    static void start() {
        BROKER.start();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()));
    }

    @AfterAll
    static void stop() {
        admin.close();
        BROKER.stop();
    }

    @Test
    void articlesIsCompactedWithoutTimeDeletionAndEveryTopicGetsItsSettingsOnce() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        TopicSetup.ensure(admin, 4, new PrintStream(printed, true, StandardCharsets.UTF_8));

        Config articles = config(Topics.ARTICLES);
        assertThat(articles.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config(Topics.FEEDS).get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config(Topics.ARTICLES_DLQ).get("retention.ms").value()).isEqualTo("-1");
        assertThat(config(Topics.ARTICLES_REPROCESS).get("retention.ms").value()).isEqualTo("86400000");
        assertThat(config(Topics.ARTICLE_EVENTS).get("cleanup.policy").value()).isEqualTo("delete");
        assertThat(partitions(Topics.ARTICLES)).isEqualTo(4);
        assertThat(partitions(Topics.ARTICLE_EVENTS)).isEqualTo(4);
        assertThat(partitions(Topics.TIMELINE_CHANGES)).isEqualTo(4);
        // Only the topics that follow the partition setting grow; the dead letters keep theirs.
        assertThat(partitions(Topics.ARTICLES_DLQ)).isEqualTo(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("topic articles: 3 partitions -> 4")
                .contains("topic feeds: created");

        // A second run, asking for fewer partitions: nothing to do, nothing removed.
        printed.reset();
        TopicSetup.ensure(admin, 2, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(partitions(Topics.ARTICLES)).isEqualTo(4);
        assertThat(config(Topics.ARTICLES).get("cleanup.policy").value()).isEqualTo("compact");
    }

    /** The topic's settings once the broker has them: a change reaches it from the controller shortly after. */
    private static Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Map<String, String> wanted = TopicSetup.TOPICS.stream().filter(t -> t.name().equals(topic)).findFirst()
                .orElseThrow().configs();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            boolean applied = wanted.entrySet().stream()
                    .allMatch(w -> w.getValue().equals(config.get(w.getKey()).value()));
            if (applied || System.nanoTime() > deadline) {
                return config;
            }
            Thread.sleep(100);
        }
    }

    private static int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .size();
    }
}

package news.timeline.contract.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import news.timeline.contract.Topics;

import java.util.List;
import java.util.Map;

/** A real single-node KRaft Kafka broker, in-process, for the services' tests. */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    /** The topics the services read and write; ingest-service creates articles-dlq-replayed itself. */
    public static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.ARTICLES_REPROCESS, Topics.ARTICLE_EVENTS,
            Topics.ARTICLES_DLQ);
    private static volatile String bootstrapServers;
    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("num.partitions", "3")
                    // Topics exist because this resource creates them: a deleted one stays away until re-created.
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrapServers = cluster.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
            }
            return Map.of("kafka.bootstrap.servers", bootstrapServers);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test Kafka broker", e);
        }
    }

    public static String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the test Kafka broker", e);
        }
    }
}

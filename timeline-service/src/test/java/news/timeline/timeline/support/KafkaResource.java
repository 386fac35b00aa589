package news.timeline.timeline.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real single-node KRaft Kafka broker running in the test JVM, with the service's topics created.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String ARTICLE_EVENTS = "article-events";
    public static final String DLQ = "articles-dlq";
    public static final String CHANGES = "timeline-changes";

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    // One broker: internal topics cannot have the default three replicas.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(ARTICLE_EVENTS, 1, (short) 1), new NewTopic(DLQ, 1, (short) 1),
                        new NewTopic(CHANGES, 1, (short) 1)))
                        .all().get(60, TimeUnit.SECONDS);
            }
            return Map.of("kafka.bootstrap.servers", bootstrap);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not stop cleanly", e);
            }
        }
    }
}

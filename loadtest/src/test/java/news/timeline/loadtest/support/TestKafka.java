package news.timeline.loadtest.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real single-node KRaft broker in the test JVM (Kafka's own test kit), with the pipeline's topics. */
public final class TestKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private TestKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static TestKafka start(int partitions) throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("message.max.bytes", "8388608")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        TestKafka kafka = new TestKafka(cluster);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic("articles", partitions, (short) 1),
                    new NewTopic("article-events", partitions, (short) 1), new NewTopic("articles-dlq", 1, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
        }
        return kafka;
    }

    public String bootstrap() {
        return cluster.bootstrapServers();
    }

    /** Every record of a topic from the beginning to its current end; the last value per key. */
    public Map<String, String> lastValueByKey(String topic) {
        Map<String, String> last = new HashMap<>();
        readAll(topic, r -> last.put(r.key(), r.value()));
        return last;
    }

    /** The {@code dead-letter-reason} header (else the key) of every record of a dead-letter topic. */
    public List<String> deadLetterReasons() {
        List<String> reasons = new java.util.ArrayList<>();
        readAll("articles-dlq", r -> {
            org.apache.kafka.common.header.Header reason = r.headers().lastHeader("dead-letter-reason");
            reasons.add(r.key() + ": " + (reason == null ? "(no reason)"
                    : new String(reason.value(), java.nio.charset.StandardCharsets.UTF_8)));
        });
        return reasons;
    }

    /** Every record of a topic, counted. */
    public int count(String topic) {
        int[] n = {0};
        readAll(topic, r -> n[0]++);
        return n[0];
    }

    private void readAll(String topic, java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "8388608");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map((PartitionInfo p) -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}

package news.timeline.loadtest.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A real Kafka broker the pipeline runs against, in the test JVM ({@link TestKafka}) or in a process of its own
 * ({@link KafkaProcess}), and what the tests read of its topics.
 */
public abstract class Broker implements AutoCloseable {

    public abstract String bootstrap();

    /**
     * Creates the pipeline's topics: {@code articles} and {@code article-events} with the given partitions, the
     * dead letters' and timeline-service's {@code timeline-changes}.
     */
    protected void createTopics(int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic("articles", partitions, (short) 1),
                    new NewTopic("article-events", partitions, (short) 1), new NewTopic("articles-dlq", 1, (short) 1),
                    new NewTopic("timeline-changes", partitions, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Every record of a topic from the beginning to its current end; the last value per key. */
    public Map<String, String> lastValueByKey(String topic) {
        Map<String, String> last = new HashMap<>();
        readAll(topic, r -> last.put(r.key(), r.value()));
        return last;
    }

    /** The {@code dead-letter-reason} header (else the key) of every record of a dead-letter topic. */
    public List<String> deadLetterReasons() {
        List<String> reasons = new ArrayList<>();
        readAll("articles-dlq", r -> {
            Header reason = r.headers().lastHeader("dead-letter-reason");
            reasons.add(r.key() + ": " + (reason == null ? "(no reason)"
                    : new String(reason.value(), StandardCharsets.UTF_8)));
        });
        return reasons;
    }

    /** Every record of a topic, counted. */
    public int count(String topic) {
        int[] n = {0};
        readAll(topic, r -> n[0]++);
        return n[0];
    }

    private void readAll(String topic, Consumer<ConsumerRecord<String, String>> each) {
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
}

package news.timeline.contract.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what was really written to a topic, from its beginning, for at most a bounded time. */
public final class TopicReader {

    private TopicReader() {
    }

    /** All records of the topic, read until {@code done} holds for them or {@code timeout} passes. */
    public static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, String>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Whether one of the records has this key. */
    public static boolean hasKey(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().anyMatch(r -> key.equals(r.key()));
    }

    /** The one record with this key; fails the test when there is none or more than one. */
    public static ConsumerRecord<String, String> onlyWithKey(List<ConsumerRecord<String, String>> records, String key) {
        List<ConsumerRecord<String, String>> matching = records.stream().filter(r -> key.equals(r.key())).toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " records keyed " + key + ", expected exactly one");
        }
        return matching.get(0);
    }
}

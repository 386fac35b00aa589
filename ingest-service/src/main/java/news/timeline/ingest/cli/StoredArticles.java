package news.timeline.ingest.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The latest version of every article stored on the compacted {@code articles} topic, read without a consumer group
 * (partitions assigned, no offset committed), up to the end each partition had when reading began: records written
 * meanwhile are not part of the run.
 * <p>
 * One partition at a time, in two passes: the first notes each key's last offset (compaction keeps only the latest
 * version of an article, but the log's head, not compacted yet, may still hold older ones), the second hands on that
 * record only; an article whose last record is a tombstone is gone. Memory holds the keys of one partition, never the
 * articles.
 */
final class StoredArticles implements AutoCloseable {

    /** An article's latest version. */
    interface Visitor {
        void accept(String key, String value);
    }

    private static final Duration POLL = Duration.ofMillis(500);
    /** A partition that yields nothing for this long before its end is unreachable. */
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final long TOMBSTONE = -1;

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<TopicPartition, Long> begin;
    private final Map<TopicPartition, Long> end;

    StoredArticles(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "timeline-reprocess",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "8388608"),
                new StringDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        begin = consumer.beginningOffsets(partitions);
        end = consumer.endOffsets(partitions);
    }

    /** Records of the topic up to the ends noted at the start, older versions included: the work to come. */
    long records() {
        return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
    }

    /**
     * Hands on each article's latest version.
     *
     * @param read told the count of records read by the second passes so far, of {@link #records()}
     */
    void forEachLatest(Visitor visitor, LongConsumer read) {
        long done = 0;
        for (TopicPartition partition : partitions) {
            Map<String, Long> latest = new HashMap<>();
            scan(partition, record -> latest.put(record.key(), record.value() == null ? TOMBSTONE : record.offset()));
            long before = done - begin.get(partition);
            scan(partition, record -> {
                Long last = latest.get(record.key());
                if (last != null && last == record.offset()) {
                    visitor.accept(record.key(), new String(record.value(), StandardCharsets.UTF_8));
                }
                read.accept(before + record.offset() + 1);
            });
            done += end.get(partition) - begin.get(partition);
            read.accept(done);
        }
    }

    private void scan(TopicPartition partition, Consumer<ConsumerRecord<String, byte[]>> each) {
        long stop = end.get(partition);
        consumer.assign(List.of(partition));
        consumer.seek(partition, begin.get(partition));
        long lastProgress = System.nanoTime();
        while (consumer.position(partition) < stop) {
            boolean any = false;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                any = true;
                if (record.offset() < stop && record.key() != null) {
                    each.accept(record);
                }
            }
            if (any) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                throw new IllegalStateException("no record from " + partition + " for " + STALL.toSeconds()
                        + " s before its end (offset " + stop + ")");
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}

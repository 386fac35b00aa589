package news.timeline.ingest.admin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import news.timeline.contract.DeadLetterHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The dead-letter topic, read with a plain consumer (assigned partitions, explicit seeks, no group), always bounded
 * by ingest.dlq.max-scan records and ingest.dlq.scan-timeout.
 * <p>
 * A replay sends a dead letter's original key and value back to its {@code dead-letter-topic} and then writes
 * {@code partition/offset} to the compacted topic ingest.dlq.replayed-topic; a later replay skips what is there. So
 * replays with different reason filters each send only their own records, and none is sent twice unless the service
 * stops between the two writes (then it is sent again; ids are stable, so downstream replaces, never duplicates).
 */
@ApplicationScoped
public class DeadLetterStore {

    private static final Duration CALL = Duration.ofSeconds(10);

    private final DeadLetterConfig config;
    private final String bootstrap;
    private KafkaProducer<String, byte[]> producer;

    public DeadLetterStore(DeadLetterConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.config = config;
        this.bootstrap = bootstrap;
    }

    /** A position in the topic: the listing goes on after it. */
    record Cursor(int partition, long offset) {

        static Optional<Cursor> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("cursor must be PARTITION/OFFSET, as 'next' gives it");
            }
            try {
                return Optional.of(new Cursor(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cursor must be PARTITION/OFFSET, as 'next' gives it");
            }
        }

        @Override
        public String toString() {
            return partition + "/" + offset;
        }
    }

    /** Up to {@code limit} dead letters whose reason contains {@code reason}, after {@code after}. */
    public DeadLetterPage page(String reason, Optional<Cursor> after, int limit) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Set<String> replayed = replayed(consumer);
            List<DeadLetter> items = new ArrayList<>();
            Scan scan = scan(consumer, after, record -> {
                if (matches(record, reason)) {
                    items.add(deadLetter(record, replayed, false));
                }
                return items.size() < limit;
            });
            return new DeadLetterPage(items, scan.stoppedAt().map(Cursor::toString).orElse(null), scan.scanned());
        } catch (KafkaException e) {
            throw new DeadLettersUnavailableException("Kafka did not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The dead letter at partition/offset, with its headers and value. */
    public Optional<DeadLetter> find(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(config.topic(), partition);
            if (consumer.partitionsFor(config.topic(), CALL).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long begin = consumer.beginningOffsets(List.of(tp), CALL).get(tp);
            long end = consumer.endOffsets(List.of(tp), CALL).get(tp);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            Set<String> replayed = replayed(consumer);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + config.scanTimeout().toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(deadLetter(record, replayed, true));
                    }
                    if (record.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            throw new DeadLettersUnavailableException("Kafka did not deliver the record within "
                    + config.scanTimeout().toSeconds() + " s", null);
        } catch (KafkaException e) {
            throw new DeadLettersUnavailableException("Kafka did not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Sends the dead letters after {@code after} whose reason contains {@code reason} and that no replay sent yet
     * back to their topic.
     */
    public synchronized ReplayResult replay(String reason, Optional<Cursor> after) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            ensureReplayedTopic();
            Set<String> replayed = replayed(consumer);
            List<ReplayResult.Sent> sent = new ArrayList<>();
            int[] skipped = new int[2];
            Scan scan = scan(consumer, after, record -> {
                if (!matches(record, reason)) {
                    return true;
                }
                String position = record.partition() + "/" + record.offset();
                String topic = header(record, DeadLetterHeaders.TOPIC);
                if (replayed.contains(position)) {
                    skipped[0]++;
                } else if (topic == null || !config.replayTopics().contains(topic)) {
                    skipped[1]++;
                } else {
                    send(record, topic, position);
                    sent.add(new ReplayResult.Sent(record.partition(), record.offset(), topic, record.key()));
                }
                return sent.size() < config.maxReplay();
            });
            return new ReplayResult(sent.size(), skipped[0], skipped[1], scan.stoppedAt().isEmpty(),
                    scan.stoppedAt().map(Cursor::toString).orElse(null), sent);
        } catch (KafkaException e) {
            throw new DeadLettersUnavailableException("Kafka did not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Records in the dead-letter topic now (all partitions, end minus beginning offsets). */
    public long count() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, config.topic());
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, CALL);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL);
            return partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
        } catch (KafkaException e) {
            throw new DeadLettersUnavailableException("Kafka did not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Where a scan stopped early (empty when it read to the end), and how many records it read. */
    private record Scan(Optional<Cursor> stoppedAt, int scanned) {
    }

    /**
     * Reads the topic partition by partition, in offset order, from after {@code after} to the end offsets taken
     * at the start, handing each record to {@code visit} while it answers true, within max-scan and scan-timeout.
     */
    private Scan scan(KafkaConsumer<String, byte[]> consumer, Optional<Cursor> after,
            Predicate<ConsumerRecord<String, byte[]>> visit) {
        List<TopicPartition> partitions = partitions(consumer, config.topic()).stream()
                .filter(tp -> after.isEmpty() || tp.partition() >= after.get().partition()).toList();
        // Offsets are asked for assigned partitions only (the client warns about answers for others).
        consumer.assign(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, CALL);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL);
        long deadline = System.nanoTime() + config.scanTimeout().toNanos();
        int scanned = 0;
        Cursor last = after.orElse(null);
        for (TopicPartition tp : partitions) {
            long from = begin.get(tp);
            if (after.isPresent() && tp.partition() == after.get().partition()) {
                from = Math.max(from, after.get().offset() + 1);
            }
            long to = end.get(tp);
            if (from >= to) {
                continue;
            }
            consumer.assign(List.of(tp));
            consumer.seek(tp, from);
            long position = from;
            while (position < to) {
                if (scanned >= config.maxScan() || System.nanoTime() > deadline) {
                    return new Scan(Optional.ofNullable(last), scanned);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= to) {
                        break;
                    }
                    scanned++;
                    last = new Cursor(tp.partition(), record.offset());
                    position = record.offset() + 1;
                    if (!visit.test(record)) {
                        boolean atEnd = position >= to && partitions.indexOf(tp) == partitions.size() - 1;
                        return new Scan(atEnd ? Optional.empty() : Optional.of(last), scanned);
                    }
                    if (scanned >= config.maxScan()) {
                        break;
                    }
                }
                // Offsets may have gaps (compaction, transaction markers): the consumer's position says how far.
                position = Math.max(position, consumer.position(tp, CALL));
            }
        }
        return new Scan(Optional.empty(), scanned);
    }

    /** Positions ({@code partition/offset}) already replayed, read whole from the compacted topic, bounded in time. */
    private Set<String> replayed(KafkaConsumer<String, byte[]> consumer) {
        Set<String> positions = new HashSet<>();
        List<TopicPartition> partitions = partitions(consumer, config.replayedTopic());
        if (partitions.isEmpty()) {
            return positions;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL);
        consumer.seekToBeginning(partitions);
        long deadline = System.nanoTime() + config.scanTimeout().toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp, CALL) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new DeadLettersUnavailableException("Could not read " + config.replayedTopic() + " within "
                        + config.scanTimeout().toSeconds() + " s", null);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(r -> positions.add(r.key()));
        }
        consumer.unsubscribe();
        return positions;
    }

    private void send(ConsumerRecord<String, byte[]> record, String topic, String position) {
        ProducerRecord<String, byte[]> back = new ProducerRecord<>(topic, record.key(), record.value());
        back.headers().add(DeadLetterHeaders.REPLAYED_FROM, (config.topic() + "/" + position).getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> mark = new ProducerRecord<>(config.replayedTopic(), position,
                (topic + " " + Instant.now()).getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(back).get(CALL.toSeconds(), TimeUnit.SECONDS);
            producer().send(mark).get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLettersUnavailableException("Kafka did not take the replayed record " + position, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLettersUnavailableException("Interrupted while replaying " + position, e);
        }
    }

    /** The replayed-positions topic, compacted (one record per position is all that matters), made if missing. */
    private void ensureReplayedTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(config.replayedTopic(), Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new DeadLettersUnavailableException("Could not create " + config.replayedTopic(), e);
            }
        } catch (TimeoutException e) {
            throw new DeadLettersUnavailableException("Could not create " + config.replayedTopic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLettersUnavailableException("Interrupted", e);
        }
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String reason) {
        if (reason == null || reason.isEmpty()) {
            return true;
        }
        String text = header(record, DeadLetterHeaders.REASON);
        return text != null && text.toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT));
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, Set<String> replayed, boolean whole) {
        Map<String, String> headers = null;
        String value = null;
        if (whole) {
            headers = new LinkedHashMap<>();
            for (Header h : record.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        }
        return new DeadLetter(record.partition(), record.offset(), record.key(), header(record, DeadLetterHeaders.TOPIC),
                header(record, DeadLetterHeaders.REASON), header(record, DeadLetterHeaders.CAUSE), Instant.ofEpochMilli(record.timestamp()),
                record.value() == null ? 0 : record.value().length,
                replayed.contains(record.partition() + "/" + record.offset()), headers, value);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, CALL).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.CLIENT_ID_CONFIG, "ingest-dlq-admin"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8388608,
                    ProducerConfig.CLIENT_ID_CONFIG, "ingest-dlq-replay"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(CALL);
        }
    }
}

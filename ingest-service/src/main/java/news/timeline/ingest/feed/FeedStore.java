package news.timeline.ingest.feed;

import news.timeline.contract.FeedRecord;
import news.timeline.contract.MessageReader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The subscriptions as this instance knows them: every feed of the compacted topic, as {@link FeedScheduler}
 * reads it from its beginning (so each instance can answer for every feed, not only the ones it polls), and the
 * writes to that topic. Bounded by ingest.feeds.max-feeds.
 */
@ApplicationScoped
public class FeedStore {

    private static final long CALL_SECONDS = 10;

    /** A feed and the partition of the topic it is on, which says which instance polls it. */
    record Tracked(FeedRecord feed, int partition) {
    }

    private final ConcurrentSkipListMap<String, Tracked> feeds = new ConcurrentSkipListMap<>();
    private final FeedConfig config;
    private final ObjectMapper json;
    private final String bootstrap;
    private KafkaProducer<String, String> producer;
    private volatile boolean topicMade;

    public FeedStore(FeedConfig config, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.config = config;
        this.json = json;
        this.bootstrap = bootstrap;
    }

    Optional<FeedRecord> find(String id) {
        return Optional.ofNullable(feeds.get(id)).map(Tracked::feed);
    }

    /** Up to {@code limit} feeds in id order, after the id {@code after} (null: from the first). */
    List<FeedRecord> page(String after, int limit) {
        ConcurrentNavigableMap<String, Tracked> rest = after == null ? feeds : feeds.tailMap(after, false);
        return rest.values().stream().limit(limit).map(Tracked::feed).toList();
    }

    int size() {
        return feeds.size();
    }

    Iterable<Map.Entry<String, Tracked>> all() {
        return feeds.entrySet();
    }

    void put(FeedRecord feed, int partition) {
        feeds.put(feed.id(), new Tracked(feed, partition));
    }

    void remove(String id) {
        feeds.remove(id);
    }

    /** Forgets every feed: the scheduler reads them all again from the topic. */
    void clear() {
        feeds.clear();
    }

    /** Writes the feed (acks=all) and returns where it went; it is this instance's view at once. */
    RecordMetadata write(FeedRecord feed) {
        RecordMetadata written = send(feed.id(), serialize(feed));
        put(feed, written.partition());
        return written;
    }

    /** Writes the feed's tombstone; compaction then forgets it. */
    void delete(String id) {
        send(id, null);
        remove(id);
    }

    /** The state written by the instance that polls the feed; the view takes it when the topic is read back. */
    RecordMetadata writeState(FeedRecord feed) {
        return send(feed.id(), serialize(feed));
    }

    /** @throws news.timeline.contract.ContractViolation (an IllegalArgumentException) with the reason */
    FeedRecord parse(String value) {
        return MessageReader.read(json, value, FeedRecord.class);
    }

    /** The topic, compacted (only the latest record of each feed matters), made with its partitions if missing. */
    void ensureTopic() {
        if (topicMade) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(config.topic(), Optional.of(config.partitions()), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(CALL_SECONDS, TimeUnit.SECONDS);
            topicMade = true;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new FeedsUnavailableException("Could not create the topic " + config.topic(), e);
            }
            topicMade = true;
        } catch (TimeoutException e) {
            throw new FeedsUnavailableException("Could not create the topic " + config.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedsUnavailableException("Interrupted while creating " + config.topic(), e);
        }
    }

    private RecordMetadata send(String id, String value) {
        if (!topicMade) {
            // Before the first write: a broker that creates topics on first use would make it without compaction.
            ensureTopic();
        }
        try {
            return producer().send(new ProducerRecord<>(config.topic(), id, value)).get(CALL_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new FeedsUnavailableException("Kafka did not take the feed " + id, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedsUnavailableException("Interrupted while writing the feed " + id, e);
        }
    }

    private String serialize(FeedRecord feed) {
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feed record always serializes", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, CALL_SECONDS * 1000),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}

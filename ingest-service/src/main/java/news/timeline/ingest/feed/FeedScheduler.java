package news.timeline.ingest.feed;

import news.timeline.contract.FeedRecord;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls the feeds this instance owns, one thread and two plain Kafka consumers:
 * <ul>
 * <li>the <em>view</em> consumer is assigned every partition of the {@code feeds} topic and reads it from its
 * beginning, keeping {@link FeedStore} up to date with every subscription and its latest state;</li>
 * <li>the <em>group</em> consumer joins ingest.feeds.group only to be assigned partitions (they stay paused: it
 * reads nothing). The feeds on the partitions assigned to this instance are the ones it polls, so each feed is
 * polled by exactly one instance, and a rebalance moves feeds when instances come and go.</li>
 * </ul>
 * A newly assigned partition's feeds are polled only once the view has read the partition up to its end offset
 * taken at assignment, so the new owner starts from the last state the previous one wrote (seen items, validators,
 * next poll time). On revocation this instance waits for its polls of those feeds to finish writing their state
 * before letting the rebalance go on (eager protocol: revocation comes before anyone is assigned).
 * <p>
 * A feed being polled is not polled again until the state that poll wrote has been read back by the view.
 */
@ApplicationScoped
public class FeedScheduler {

    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Duration CALL = Duration.ofSeconds(10);

    private final FeedStore store;
    private final FeedPoll poll;
    private final FeedConfig config;
    private final String bootstrap;
    private final String instance;
    private Runner runner;

    @Inject
    public FeedScheduler(FeedStore store, FeedPoll poll, FeedConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this(store, poll, config, bootstrap, config.instanceName().orElseGet(FeedScheduler::defaultInstanceName));
    }

    /** A scheduler of its own name; with a store of its own it is another instance, as far as Kafka can tell. */
    FeedScheduler(FeedStore store, FeedPoll poll, FeedConfig config, String bootstrap, String instance) {
        this.store = store;
        this.poll = poll;
        this.config = config;
        this.bootstrap = bootstrap;
        this.instance = instance;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts polling from what the topic holds; this instance's memory of feeds starts empty, as after a restart. */
    public synchronized void start() {
        if (runner == null) {
            store.clear();
            runner = new Runner();
            Thread thread = new Thread(runner, "feed-scheduler");
            thread.setDaemon(true);
            runner.thread = thread;
            thread.start();
        }
    }

    /** Stops polling: leaves the group (the feeds go to the other instances) once the polls under way are saved. */
    public synchronized void stop() {
        if (runner != null) {
            runner.stop();
            runner = null;
        }
    }

    String instance() {
        return instance;
    }

    private static String defaultInstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /**
     * A feed this instance is polling or has just polled: {@code awaited} is the offset of the state it wrote
     * (Long.MAX_VALUE while polling), {@code retryAt} (System.nanoTime) is set when that state could not be written.
     */
    private record Busy(int partition, long awaited, long retryAt) {
    }

    /** One run of the scheduler, from start to stop, with all its memory. */
    private final class Runner implements Runnable, ConsumerRebalanceListener {

        private volatile boolean stopping;
        private volatile Thread thread;
        private volatile KafkaConsumer<String, String> view;
        private volatile KafkaConsumer<String, String> group;
        /** Owned partitions and the offset the view must reach before their feeds are polled (-1: reached). */
        private final Map<TopicPartition, Long> owned = new HashMap<>();
        private final Map<String, Busy> busy = new ConcurrentHashMap<>();
        private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
        /** Feeds unsubscribed while being polled: the state their poll writes must be deleted again. */
        private final Set<String> deletedWhilePolled = ConcurrentHashMap.newKeySet();
        private final ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread t = new Thread(r, "feed-poll");
            t.setDaemon(true);
            return t;
        });

        /** Schedules until stopped; a failure (Kafka away at start, say) closes the consumers and starts again. */
        @Override
        public void run() {
            while (!stopping) {
                try {
                    schedule();
                } catch (WakeupException e) {
                    // stop() woke a consumer up
                } catch (RuntimeException e) {
                    LOG.warnf("Feed scheduling failed (%s); starting again in %d s", e.getMessage(), RETRY.toSeconds());
                } finally {
                    closeConsumers();
                }
                if (!stopping) {
                    try {
                        Thread.sleep(RETRY.toMillis());
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
            workers.shutdownNow();
        }

        private void schedule() {
            store.ensureTopic();
            owned.clear();
            view = consumer(null);
            group = consumer(config.group());
            List<TopicPartition> partitions = view.partitionsFor(config.topic(), CALL).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            view.assign(partitions);
            view.seekToBeginning(partitions);
            group.subscribe(List.of(config.topic()), this);
            while (!stopping) {
                group.poll(Duration.ofMillis(20));
                for (ConsumerRecord<String, String> record : view.poll(config.tick())) {
                    apply(record);
                }
                dispatchDue();
            }
        }

        private void apply(ConsumerRecord<String, String> record) {
            String id = record.key();
            if (id == null) {
                return;
            }
            if (record.value() == null) {
                store.remove(id);
                if (busy.containsKey(id)) {
                    deletedWhilePolled.add(id);
                }
                return;
            }
            try {
                store.put(store.parse(record.value()), record.partition());
            } catch (IllegalArgumentException e) {
                LOG.warnf("Skipping %s at %d/%d: %s", config.topic(), record.partition(), record.offset(),
                        e.getMessage());
            }
        }

        private void dispatchDue() {
            Set<Integer> ready = readyPartitions();
            if (ready.isEmpty()) {
                return;
            }
            Instant now = Instant.now();
            for (Map.Entry<String, FeedStore.Tracked> entry : store.all()) {
                String id = entry.getKey();
                FeedStore.Tracked tracked = entry.getValue();
                if (!ready.contains(tracked.partition()) || stillBusy(id) || !isDue(tracked.feed(), now)) {
                    continue;
                }
                busy.put(id, new Busy(tracked.partition(), Long.MAX_VALUE, 0));
                running.put(id, workers.submit(() -> pollAndSave(tracked)));
            }
        }

        /** Partitions owned whose feeds the view has read up to where they stood at assignment. */
        private Set<Integer> readyPartitions() {
            Set<Integer> ready = new HashSet<>();
            for (Map.Entry<TopicPartition, Long> entry : owned.entrySet()) {
                if (entry.getValue() >= 0 && view.position(entry.getKey(), CALL) >= entry.getValue()) {
                    entry.setValue(-1L);
                }
                if (entry.getValue() < 0) {
                    ready.add(entry.getKey().partition());
                }
            }
            return ready;
        }

        /** Whether the feed's last poll is still running, or its state not yet read back. */
        private boolean stillBusy(String id) {
            Busy b = busy.get(id);
            if (b == null) {
                return false;
            }
            boolean readBack = b.awaited() != Long.MAX_VALUE
                    && view.position(new TopicPartition(config.topic(), b.partition()), CALL) > b.awaited();
            boolean retry = b.retryAt() != 0 && System.nanoTime() - b.retryAt() >= 0;
            if (!readBack && !retry) {
                return true;
            }
            busy.remove(id);
            if (deletedWhilePolled.remove(id)) {
                try {
                    store.delete(id);
                } catch (FeedsUnavailableException e) {
                    LOG.warnf("Feed %s was unsubscribed while polled, and its state could not be deleted again: %s",
                            id, e.getMessage());
                }
                return true;
            }
            return false;
        }

        private void pollAndSave(FeedStore.Tracked tracked) {
            String id = tracked.feed().id();
            try {
                FeedRecord polled = poll.poll(tracked.feed(), instance);
                RecordMetadata written = store.writeState(polled);
                busy.put(id, new Busy(written.partition(), written.offset(), 0));
            } catch (RuntimeException e) {
                LOG.warnf("The state of feed %s could not be saved (%s); polling it again in %d s", id,
                        e.getMessage(), RETRY.toSeconds());
                busy.put(id, new Busy(tracked.partition(), Long.MAX_VALUE, System.nanoTime() + RETRY.toNanos()));
            } finally {
                running.remove(id);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            group.pause(partitions);
            Map<TopicPartition, Long> ends = view.endOffsets(partitions, CALL);
            partitions.forEach(tp -> owned.put(tp, ends.getOrDefault(tp, 0L)));
            LOG.infof("Feeds on partitions %s of %s are polled by %s",
                    partitions.stream().map(TopicPartition::partition).sorted().toList(), config.topic(), instance);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(owned::remove);
            Set<Integer> revoked = new HashSet<>();
            partitions.forEach(tp -> revoked.add(tp.partition()));
            long deadline = System.nanoTime() + config.readTimeout().multipliedBy(2).toNanos();
            for (Map.Entry<String, Busy> entry : busy.entrySet()) {
                Future<?> polling = running.get(entry.getKey());
                if (polling != null && revoked.contains(entry.getValue().partition())) {
                    try {
                        polling.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (ExecutionException | TimeoutException e) {
                        LOG.warnf("Poll of feed %s still running as its partition moves on", entry.getKey());
                    }
                }
            }
        }

        void stop() {
            stopping = true;
            // Only the view is woken (the loop blocks in its poll): a wakeup left pending on the group consumer
            // would cut short its close, and with it the wait for the polls under way.
            KafkaConsumer<String, String> v = view;
            if (v != null) {
                v.wakeup();
            }
            try {
                Thread t = thread;
                if (t != null) {
                    t.join(config.readTimeout().multipliedBy(3).toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void closeConsumers() {
            try {
                if (group != null) {
                    group.close(CALL); // leaves the group: onPartitionsRevoked waits for the polls under way
                }
            } catch (KafkaException e) {
                LOG.debugf("Closing the group consumer: %s", e.getMessage());
            }
            try {
                if (view != null) {
                    view.close(CALL);
                }
            } catch (KafkaException e) {
                LOG.debugf("Closing the view consumer: %s", e.getMessage());
            }
            group = null;
            view = null;
        }

        private KafkaConsumer<String, String> consumer(String groupId) {
            Map<String, Object> props = new HashMap<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                    ConsumerConfig.CLIENT_ID_CONFIG, "feeds-" + (groupId == null ? "view" : "owner") + "-" + instance));
            if (groupId != null) {
                props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
                props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
            }
            return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        }
    }

    private static boolean isDue(FeedRecord feed, Instant now) {
        return feed.state() == null || feed.state().nextPollAt() == null
                || !Instant.parse(feed.state().nextPollAt()).isAfter(now);
    }
}

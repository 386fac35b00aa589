package news.timeline.kafka;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Commits, every {@code auto.commit.interval.ms}, the offset after the last record processed in sequence, like the
 * connector's {@code throttled} strategy; unlike it, a commit that failed is made again at the next interval until
 * Kafka confirms it. The connector's strategy counts an offset as done once it has tried to commit it, so when a
 * commit fails (the broker restarting, the group coordinator moving) and no later record of that partition is
 * processed, the partition's committed offset stays behind for good: the group shows lag for work that was done,
 * and a restart reads those records again. A commit is made only for the partitions the consumer still owns when it
 * is made, so a partition's former owner never moves the group's offset back behind its new owner's.
 * <p>
 * Each consumer (channel instance) has its own handler; its bookkeeping lives on the consumer's event loop. The
 * connector's check of records waiting too long for their acknowledgement is not offered: the services wait out
 * outages on purpose and report them in readiness instead.
 */
public class RetryingThrottledCommit extends ContextHolder implements KafkaCommitHandler {

    public static final String STRATEGY = "throttled-retrying";

    private static final Logger LOG = Logger.getLogger(RetryingThrottledCommit.class);

    private final KafkaConsumer<?, ?> consumer;
    private final String groupId;
    private final int interval;
    private final Map<TopicPartition, PartitionOffsets> partitions = new HashMap<>();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private long timer = -1;
    private boolean terminated;

    @ApplicationScoped
    @Identifier(STRATEGY)
    public static class Factory implements KafkaCommitHandler.Factory {

        @Override
        public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
            int interval = config.config().getOptionalValue(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG,
                    Integer.class).orElse(5000);
            int timeout = config.config().getOptionalValue(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                    Integer.class).orElse(60000);
            return new RetryingThrottledCommit(vertx, consumer, interval, timeout);
        }
    }

    RetryingThrottledCommit(Vertx vertx, KafkaConsumer<?, ?> consumer, int interval, int timeout) {
        super(vertx, timeout);
        this.consumer = consumer;
        this.groupId = String.valueOf(consumer.configuration().get(ConsumerConfig.GROUP_ID_CONFIG));
        this.interval = interval;
    }

    @Override
    public <K, V> Uni<IncomingKafkaRecord<K, V>> received(IncomingKafkaRecord<K, V> record) {
        TopicPartition partition = new TopicPartition(record.getTopic(), record.getPartition());
        PartitionOffsets known = partitions.get(partition);
        Uni<PartitionOffsets> offsets = known != null ? Uni.createFrom().item(known)
                : committedOffset(partition, record.getOffset()).emitOn(this::runOnContext)
                        .map(committed -> partitions.computeIfAbsent(partition, p -> new PartitionOffsets(committed)));
        return offsets.invoke(p -> {
            p.received(record.getOffset());
            if (timer < 0) {
                scheduleFlush();
            }
        }).map(p -> record);
    }

    /**
     * The group's committed offset of a partition this consumer starts on. A failed lookup (the broker or the group
     * coordinator unreachable, as after a broker restart) must not fail the record: the connector would end the
     * channel's stream, and the consumer would stay in its group owning partitions it never reads again. The
     * consumer's position on a newly assigned partition is the group's committed offset, so the first record
     * received from it stands in for the lookup.
     */
    private Uni<Long> committedOffset(TopicPartition partition, long firstReceived) {
        return consumer.committed(partition).map(committed -> {
            OffsetAndMetadata offset = committed.get(partition);
            return offset == null ? -1L : offset.offset();
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Group %s: committed offset of %s not read (%s); counting from its first record received, %d",
                    groupId, partition, failure.toString(), firstReceived);
            return firstReceived;
        });
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
        return Uni.createFrom().emitter(done -> runOnContext(() -> {
            PartitionOffsets offsets = partitions.get(new TopicPartition(record.getTopic(), record.getPartition()));
            // None when the partition was revoked before the record was acknowledged: its new owner reads it again.
            if (offsets != null) {
                offsets.processed(record.getOffset());
            }
            record.runOnMessageContext(() -> done.complete(null));
        }));
    }

    @Override
    public void partitionsAssigned(Collection<TopicPartition> newlyAssigned) {
        runOnContextAndAwait(() -> {
            assigned.addAll(newlyAssigned);
            if (timer < 0 && !assigned.isEmpty()) {
                scheduleFlush();
            }
            return null;
        });
    }

    /** Called on the polling thread, which may commit synchronously: the new owners start from this commit. */
    @Override
    public void partitionsRevoked(Collection<TopicPartition> revoked) {
        Map<TopicPartition, OffsetAndMetadata> last = runOnContextAndAwait(() -> {
            assigned.removeAll(revoked);
            Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
            for (TopicPartition partition : revoked) {
                PartitionOffsets offsets = partitions.remove(partition);
                OptionalLong offset = offsets == null ? OptionalLong.empty() : offsets.toCommit();
                offset.ifPresent(o -> toCommit.put(partition, new OffsetAndMetadata(o)));
            }
            return toCommit;
        });
        if (!last.isEmpty()) {
            try {
                consumer.unwrap().commitSync(last);
            } catch (RuntimeException e) {
                // The group moved on without this member: the partitions' new owners read those records again.
                LOG.warnf("Group %s: offsets %s of revoked partitions not committed: %s", groupId, last, e.toString());
            }
        }
    }

    @Override
    public void terminate(boolean graceful) {
        Map<TopicPartition, OffsetAndMetadata> last = runOnContextAndAwait(() -> {
            terminated = true;
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
            return pending();
        });
        if (!last.isEmpty()) {
            try {
                commitOwned(last).await().atMost(Duration.ofMillis(interval));
            } catch (RuntimeException e) {
                LOG.warnf("Group %s: offsets %s not committed at shutdown: %s", groupId, last, e.toString());
            }
        }
        runOnContextAndAwait(() -> {
            partitions.clear();
            return null;
        });
    }

    /** Must run on the event loop. */
    private void scheduleFlush() {
        if (terminated) {
            return;
        }
        timer = vertx.setTimer(interval, id -> runOnContext(this::flush));
    }

    /** Must run on the event loop; the next flush is scheduled once this one's commit is answered. */
    private void flush() {
        partitions.keySet().retainAll(assigned);
        Map<TopicPartition, OffsetAndMetadata> toCommit = pending();
        if (toCommit.isEmpty()) {
            scheduleFlush();
            return;
        }
        commitOwned(toCommit).subscribe().with(
                committed -> runOnContext(() -> {
                    committed.forEach((partition, offset) -> {
                        PartitionOffsets offsets = partitions.get(partition);
                        if (offsets != null) {
                            offsets.committed(offset.offset());
                        }
                    });
                    scheduleFlush();
                }),
                failure -> runOnContext(() -> {
                    LOG.warnf("Group %s: commit of %s failed, made again in %d ms: %s", groupId, toCommit, interval,
                            failure.toString());
                    scheduleFlush();
                }));
    }

    /**
     * Commits, on the polling thread, the offsets of the partitions this consumer still owns there. The offsets were
     * taken on the event loop; a rebalance may have moved a partition since. Its new owner may already have committed
     * further, and Kafka's group coordinator takes any current member's commit for any partition: a stale commit would
     * move the group's offset back, and nothing would move it forward again if no more records arrive (the group
     * shows lag for work done). Rebalance callbacks run on the polling thread too, so the assignment read there is
     * the one the commit is made under.
     *
     * @return the offsets committed
     */
    private Uni<Map<TopicPartition, OffsetAndMetadata>> commitOwned(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return consumer.runOnPollingThread(kafka -> {
            Map<TopicPartition, OffsetAndMetadata> owned = new HashMap<>(offsets);
            owned.keySet().retainAll(kafka.assignment());
            if (owned.size() < offsets.size()) {
                LOG.infof("Group %s: offsets of partitions moved to another member left to it: %s", groupId,
                        offsets.keySet().stream().filter(p -> !owned.containsKey(p)).map(p -> p + "=" + offsets.get(p)
                                .offset()).toList());
            }
            if (!owned.isEmpty()) {
                kafka.commitSync(owned);
            }
            return owned;
        });
    }

    private Map<TopicPartition, OffsetAndMetadata> pending() {
        Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
        partitions.forEach((partition, offsets) -> offsets.toCommit()
                .ifPresent(o -> toCommit.put(partition, new OffsetAndMetadata(o))));
        return toCommit;
    }
}

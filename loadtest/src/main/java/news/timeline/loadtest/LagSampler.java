package news.timeline.loadtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Consumer lag of a group on a topic: the end offsets of its partitions minus the group's committed offsets (the
 * earliest offset where the group has committed nothing yet), summed over the partitions.
 */
final class LagSampler implements AutoCloseable {

    private final Admin admin;

    LagSampler(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "loadtest-lag");
        this.admin = Admin.create(props);
    }

    /** @return the lag, or -1 when Kafka did not answer in time */
    long lag(String group, String topic) {
        try {
            Map<TopicPartition, Long> ends = offsets(topic, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(topic, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            long lag = 0;
            for (TopicPartition tp : ends.keySet()) {
                OffsetAndMetadata offset = committed.get(tp);
                long from = offset != null ? offset.offset() : starts.get(tp);
                lag += Math.max(0, ends.get(tp) - from);
            }
            return lag;
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Where a group's lag on a topic lies, to tell in a failure which partitions and which members: each partition
     * behind, with its committed and end offsets and the member that owns it ("none" when no member does).
     */
    String behind(String group, String topic) {
        try {
            Map<TopicPartition, Long> ends = offsets(topic, OffsetSpec.latest());
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            Map<TopicPartition, String> owners = new HashMap<>();
            StringBuilder out = new StringBuilder("group " + group);
            try {
                ConsumerGroupDescription members = admin.describeConsumerGroups(List.of(group)).all()
                        .get(3, TimeUnit.SECONDS).get(group);
                for (MemberDescription member : members.members()) {
                    member.assignment().topicPartitions().forEach(tp -> owners.put(tp, member.clientId() + "/"
                            + member.consumerId()));
                }
                out.append(" (").append(members.groupState()).append(", ").append(members.members().size())
                        .append(" members):");
            } catch (ExecutionException e) {
                out.append(" (not described: ").append(e.getCause()).append("):");
            }
            Map<Integer, TopicPartition> byNumber = new TreeMap<>();
            ends.keySet().forEach(tp -> byNumber.put(tp.partition(), tp));
            for (TopicPartition tp : byNumber.values()) {
                long end = ends.get(tp);
                OffsetAndMetadata offset = committed.get(tp);
                if (end > (offset == null ? 0 : offset.offset())) {
                    out.append(' ').append(tp).append(" committed ").append(offset == null ? "none" : offset.offset())
                            .append(" end ").append(end).append(" owner ").append(owners.getOrDefault(tp, "none"))
                            .append(';');
                }
            }
            return out.toString();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "group " + group + ": Kafka did not answer (" + e + ")";
        }
    }

    /** Each partition of the topic with its offset of the given kind (its end, its start). */
    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(3, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(3, TimeUnit.SECONDS).forEach((tp, info) -> offsets.put(tp,
                info.offset()));
        return offsets;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
    }

    /** Partitions of a topic, or -1 when unknown. */
    int partitions(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}

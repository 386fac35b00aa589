package news.timeline.contract;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The topics of the system with the settings they need, made by {@code ./timeline up} (through {@link #main}) and by
 * the tests that check those settings, so that both make them alike. Idempotent: a missing topic is created, an
 * existing one gets the settings of {@link #TOPICS} (an {@code articles} topic of an older run, kept a week, becomes
 * compacted) and more partitions when it has fewer than asked for; never fewer.
 */
public final class TopicSetup {

    /** A topic, the settings it must have, and whether its partition count follows the one asked for. */
    public record Spec(String name, Map<String, String> configs, boolean followsPartitions) {
    }

    /**
     * articles-dlq-replayed is ingest-service's own (it makes it compacted before first use).
     * <ul>
     * <li>articles: compacted by article id, no time-based deletion, so the whole history can be extracted again;
     * <li>articles-reprocess: a day, long enough for extract-service to read a run, as articles stays the history;
     * <li>articles-dlq: kept until someone looks at the dead letters;
     * <li>feeds: one record per feed, kept by compaction.
     * </ul>
     */
    public static final List<Spec> TOPICS = List.of(
            new Spec(Topics.ARTICLES, Map.of("cleanup.policy", "compact"), true),
            new Spec(Topics.ARTICLES_REPROCESS, Map.of("retention.ms", "86400000"), true),
            new Spec(Topics.ARTICLE_EVENTS, Map.of(), true),
            new Spec(Topics.ARTICLES_DLQ, Map.of("retention.ms", "-1"), false),
            new Spec(Topics.TIMELINE_CHANGES, Map.of(), false),
            new Spec(Topics.FEEDS, Map.of("cleanup.policy", "compact"), false));

    private static final long TIMEOUT_SECONDS = 60;

    private TopicSetup() {
    }

    /**
     * {@code --bootstrap HOST:PORT --partitions N}: sets the topics up on that broker, printing what it changed.
     */
    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:9092";
        int partitions = 6;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[i + 1];
                case "--partitions" -> partitions = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: TopicSetup --bootstrap HOST:PORT --partitions N");
            }
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ensure(admin, partitions, System.out);
        }
    }

    /** Creates what is missing, sets the settings of what exists, and adds partitions where there are too few. */
    public static void ensure(Admin admin, int partitions, PrintStream out)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
        List<String> following = new ArrayList<>();
        for (Spec spec : TOPICS) {
            if (!existing.contains(spec.name())) {
                // The broker's default replication factor: 1 on the single brokers of ./timeline and docker compose.
                missing.add(new NewTopic(spec.name(), Optional.of(partitions), Optional.empty()).configs(spec.configs()));
                out.printf("topic %s: created, %d partitions%s%n", spec.name(), partitions,
                        spec.configs().isEmpty() ? "" : ", " + spec.configs());
                continue;
            }
            if (!spec.configs().isEmpty()) {
                settings.put(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()), spec.configs().entrySet()
                        .stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                AlterConfigOp.OpType.SET)).toList());
            }
            if (spec.followsPartitions()) {
                following.add(spec.name());
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        if (!settings.isEmpty()) {
            admin.incrementalAlterConfigs(settings).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        if (!following.isEmpty()) {
            Map<String, NewPartitions> more = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(following).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
                if (topic.partitions().size() < partitions) {
                    more.put(topic.name(), NewPartitions.increaseTo(partitions));
                    out.printf("topic %s: %d partitions -> %d%n", topic.name(), topic.partitions().size(), partitions);
                }
            }
            if (!more.isEmpty()) {
                admin.createPartitions(more).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        }
    }
}

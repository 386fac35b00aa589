package news.timeline.loadtest;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge's own counters, summed over the timeline-service instances: how many transactions stored the articles,
 * how long they took, how much of that they waited for each other's merge locks, and how many candidate profiles were
 * found kept or read. What a load test compares between runs is the difference of two readings ({@link #since}).
 * <p>
 * The share spent waiting tells an operator what another instance would bring: the time a transaction works
 * (stored minus waiting) is what instances cannot overlap when their merges share dates.
 *
 * @param transactions      batches stored ({@code timeline.batches.store}, count)
 * @param seconds           their time, commit included ({@code timeline.batches.store}, sum)
 * @param lockWaitSeconds   of it, waiting for merge locks ({@code timeline.merge.lock.wait}, sum)
 * @param profilesKept      candidates whose parsed profile was kept ({@code timeline.merge.profiles{result=kept}})
 * @param profilesRead      candidates whose profile had to be read ({@code result=read})
 */
record MergeReading(double transactions, double seconds, double lockWaitSeconds, double profilesKept,
        double profilesRead) {

    static final MergeReading NONE = new MergeReading(0, 0, 0, 0, 0);

    /** The reading of every timeline-service instance among the processes, by instance name. */
    static Map<String, MergeReading> read(HttpClient http, List<Monitored> processes) {
        Map<String, MergeReading> readings = new LinkedHashMap<>();
        for (Monitored p : processes) {
            if (!p.name().startsWith("timeline-service") || p.managementPort() <= 0) {
                continue;
            }
            try {
                // an instance that does not answer counts as none
                ServiceMetrics.read(http, p.managementPort(), Duration.ofSeconds(5))
                        .ifPresent(metrics -> readings.put(p.name(), parse(metrics)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return readings;
            }
        }
        return readings;
    }

    /** The counters in a Prometheus text exposition; a counter that is not there is 0. */
    static MergeReading parse(String metrics) {
        double[] v = new double[5];
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            // The Prometheus text format ends a label set with a comma ({result="kept",}), OpenMetrics does not.
            String name = line.substring(0, space).trim().replace(",}", "}");
            int slot = switch (name) {
                case "timeline_batches_store_seconds_count" -> 0;
                case "timeline_batches_store_seconds_sum" -> 1;
                case "timeline_merge_lock_wait_seconds_sum" -> 2;
                case "timeline_merge_profiles_total{result=\"kept\"}" -> 3;
                case "timeline_merge_profiles_total{result=\"read\"}" -> 4;
                default -> -1;
            };
            if (slot >= 0) {
                try {
                    v[slot] = Double.parseDouble(line.substring(space + 1).trim());
                } catch (NumberFormatException e) {
                    // not a sample line after all
                }
            }
        }
        return new MergeReading(v[0], v[1], v[2], v[3], v[4]);
    }

    /**
     * What the instances counted from {@code before} to {@code after}, summed. An instance that restarted in between
     * (its counters below the earlier reading) counts from its restart; one that is gone counts nothing.
     */
    static MergeReading since(Map<String, MergeReading> before, Map<String, MergeReading> after) {
        MergeReading total = NONE;
        for (Map.Entry<String, MergeReading> e : after.entrySet()) {
            MergeReading earlier = before.getOrDefault(e.getKey(), NONE);
            MergeReading now = e.getValue();
            total = total.plus(now.transactions() < earlier.transactions() ? now : now.minus(earlier));
        }
        return total;
    }

    /** Whether any transaction was counted: a run without timeline-service metrics reports none. */
    boolean any() {
        return transactions > 0;
    }

    /** The share of the transactions' time spent waiting for merge locks, 0..1. */
    double waitingShare() {
        return seconds > 0 ? lockWaitSeconds / seconds : Double.NaN;
    }

    /** The share of candidates found kept, 0..1. */
    double keptShare() {
        double all = profilesKept + profilesRead;
        return all > 0 ? profilesKept / all : Double.NaN;
    }

    private MergeReading plus(MergeReading o) {
        return new MergeReading(transactions + o.transactions, seconds + o.seconds, lockWaitSeconds + o.lockWaitSeconds,
                profilesKept + o.profilesKept, profilesRead + o.profilesRead);
    }

    private MergeReading minus(MergeReading o) {
        return new MergeReading(transactions - o.transactions, seconds - o.seconds, lockWaitSeconds - o.lockWaitSeconds,
                profilesKept - o.profilesKept, profilesRead - o.profilesRead);
    }
}

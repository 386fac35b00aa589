package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MergeReadingTest {

    /** Lines as Micrometer's Prometheus registry writes them, among others that look alike. */
    private static final String METRICS = """
            # HELP timeline_batches_store_seconds How long a batch of articles took to store
            # TYPE timeline_batches_store_seconds summary
            timeline_batches_store_seconds_count 3600.0
            timeline_batches_store_seconds_sum 98.8987
            # TYPE timeline_batches_store_seconds_max gauge
            timeline_batches_store_seconds_max 0.912
            timeline_merge_lock_wait_seconds_count 3600.0
            timeline_merge_lock_wait_seconds_sum 31.1959
            timeline_merge_lock_wait_seconds_max 0.88
            timeline_merge_profiles_total{result="kept"} 524325.0
            timeline_merge_profiles_total{result="read"} 507.0
            timeline_mentions_merged_total 93691.0
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1.2E8
            """;

    @Test
    void readsTheMergeCountersAmongTheOthers() {
        MergeReading reading = MergeReading.parse(METRICS);

        assertThat(reading.transactions()).isEqualTo(3600);
        assertThat(reading.seconds()).isEqualTo(98.8987);
        assertThat(reading.lockWaitSeconds()).isEqualTo(31.1959);
        assertThat(reading.profilesKept()).isEqualTo(524325);
        assertThat(reading.profilesRead()).isEqualTo(507);
        assertThat(reading.waitingShare()).isCloseTo(0.3154, within(0.0001));
    }

    /** What the management port answers to {@code Accept: text/plain}: the label set ends with a comma. */
    @Test
    void readsThePrometheusTextFormatToo() {
        MergeReading reading = MergeReading.parse(METRICS.replace("\"} ", "\",} "));

        assertThat(reading).isEqualTo(MergeReading.parse(METRICS));
        assertThat(reading.profilesKept()).isEqualTo(524325);
        assertThat(reading.profilesRead()).isEqualTo(507);
    }

    @Test
    void anInstanceWithoutMergeCountersReadsAsNone() {
        MergeReading reading = MergeReading.parse("jvm_threads_live_threads 42.0\n");

        assertThat(reading).isEqualTo(MergeReading.NONE);
        assertThat(reading.any()).isFalse();
    }

    @Test
    void instancesAreSummedAndARestartCountsFromTheRestart() {
        Map<String, MergeReading> before = Map.of(
                "timeline-service", new MergeReading(100, 10, 4, 1000, 50),
                "timeline-service-1", new MergeReading(80, 8, 2, 900, 40));
        Map<String, MergeReading> after = Map.of(
                "timeline-service", new MergeReading(150, 16, 5, 1600, 60),
                // restarted during the run: its counters began again at 0
                "timeline-service-1", new MergeReading(30, 3, 1, 200, 20));

        MergeReading run = MergeReading.since(before, after);

        assertThat(run).isEqualTo(new MergeReading(80, 9, 2, 800, 30));
    }
}

package news.timeline.loadtest;

import java.util.Map;

/**
 * One second of a run.
 *
 * @param lagArticles consumer lag of group extract-service on topic articles, -1 when unknown
 * @param lagEvents   consumer lag of group timeline-service on topic article-events, -1 when unknown
 * @param cpu         percent of one core, by process
 * @param heapMb      used heap, by process (NaN when unknown)
 * @param rssMb       resident memory, by process
 */
public record Sample(long epochMillis, double elapsed, int posted, int accepted, int stored, double acceptedPerSecond,
        double storedPerSecond, long lagArticles, long lagEvents, long storeSize, Map<String, Double> cpu,
        Map<String, Double> heapMb, Map<String, Double> rssMb) {
}

package news.timeline.timeline.view;

import java.util.List;

/**
 * How a query's entries fall over time: the overview a dashboard draws above its timeline.
 *
 * @param bucket  day, week (ISO, from Monday) or month: chosen by the span of the dates counted
 * @param entries entries counted
 * @param capped  true when more entries match than are counted (the most salient are)
 * @param items   the buckets that hold an entry, in date order; an entry counts in the bucket of its first day
 */
public record HistogramView(String bucket, int entries, boolean capped, List<Bucket> items) {

    /** One bar: the days {@code start} to {@code end} and the entries that begin in them. */
    public record Bucket(String start, String end, int count) {
    }
}

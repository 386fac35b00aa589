package news.timeline.timeline.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.view.HistogramView;

/**
 * Counts a query's entries per day, week or month. The count reads at most {@code timeline.histogram.max-entries}
 * entries, the most salient first (the order of the salience index the timeline reads too), so its cost does not
 * grow with the store; a histogram of more says so ({@code capped}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistogramQueryService {

    /** Spans up to this many days are shown per day, up to {@link #WEEKS_UP_TO} per week, longer ones per month. */
    static final int DAYS_UP_TO = 92;
    static final int WEEKS_UP_TO = 731;

    private final TimelineConfig config;

    public HistogramQueryService(TimelineConfig config) {
        this.config = config;
    }

    @SuppressWarnings("unchecked")
    public HistogramView histogram(EventFilter filter) {
        EntryQuery query = new EntryQuery(filter);
        int cap = config.histogram().maxEntries();
        Query sql = TimelineEntry.getEntityManager().createNativeQuery(
                "select e.date_start::text, count(*) from timeline_entry e where e.id = any(array("
                        + query.mostSalient("cap") + ")) group by 1 order by 1");
        query.params.forEach(sql::setParameter);
        // One more than counted tells whether more match.
        List<Object[]> rows = sql.setParameter("cap", cap + 1).getResultList();
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        int counted = 0;
        for (Object[] row : rows) {
            int count = ((Number) row[1]).intValue();
            perDay.put(LocalDate.parse((String) row[0]), count);
            counted += count;
        }
        boolean capped = counted > cap;
        if (capped) {
            // The extra entry is one of the least salient; which day it fell on is unknown, so the total stays cap.
            counted = cap;
        }
        if (perDay.isEmpty()) {
            return new HistogramView("day", 0, false, List.of());
        }
        LocalDate first = perDay.firstKey();
        LocalDate last = perDay.lastKey();
        String bucket = bucketFor(ChronoUnit.DAYS.between(first, last));
        TreeMap<LocalDate, Integer> perBucket = new TreeMap<>();
        perDay.forEach((day, count) -> perBucket.merge(startOf(bucket, day), count, Integer::sum));
        return new HistogramView(bucket, counted, capped, perBucket.entrySet().stream()
                .map(e -> new HistogramView.Bucket(e.getKey().toString(), endOf(bucket, e.getKey()).toString(),
                        e.getValue()))
                .toList());
    }

    static String bucketFor(long spanDays) {
        return spanDays <= DAYS_UP_TO ? "day" : spanDays <= WEEKS_UP_TO ? "week" : "month";
    }

    static LocalDate startOf(String bucket, LocalDate day) {
        return switch (bucket) {
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    static LocalDate endOf(String bucket, LocalDate start) {
        return switch (bucket) {
            case "week" -> start.plusDays(6);
            case "month" -> start.with(TemporalAdjusters.lastDayOfMonth());
            default -> start;
        };
    }
}

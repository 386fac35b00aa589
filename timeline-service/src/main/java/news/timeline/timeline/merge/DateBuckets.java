package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Coarse calendar buckets that make "the two dates nest" an index lookup. An entry is filed under the buckets its
 * span fits (its months when it spans up to a quarter, its years and decades up to two years, else its decades or
 * centuries); a report looks in every bucket where an entry nesting with its date can be filed: the months of its
 * span (up to a year and a bit), its years, decades and centuries. Two nesting dates therefore share a bucket,
 * except a day or month inside a report dated only by decade or century, while reports of different months never
 * meet. Buckets also name the merge locks, so that concurrent merges of
 * unrelated months run in parallel.
 */
final class DateBuckets {

    private static final long MONTHS_UP_TO_DAYS = 92;
    private static final long YEARS_UP_TO_DAYS = 731;
    private static final long QUERY_MONTHS_UP_TO_DAYS = 400;
    private static final int MAX_DECADES = 3;
    private static final int QUERY_MAX_YEARS = 12;
    private static final int QUERY_MAX_DECADES = 12;

    private DateBuckets() {
    }

    /** Where an entry dated start..end is filed. */
    static Set<String> of(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        if (days <= MONTHS_UP_TO_DAYS) {
            return months(start, end);
        }
        if (days <= YEARS_UP_TO_DAYS) {
            // also under the decade, so that a report dated by decade or century finds it
            Set<String> buckets = years(start, end);
            buckets.addAll(decades(start, end));
            return buckets;
        }
        Set<String> decades = decades(start, end);
        return decades.size() <= MAX_DECADES ? decades : centuries(start, end);
    }

    /** Every bucket where an entry whose date nests with start..end can be filed. */
    static Set<String> around(LocalDate start, LocalDate end) {
        Set<String> buckets = new LinkedHashSet<>();
        if (ChronoUnit.DAYS.between(start, end) <= QUERY_MONTHS_UP_TO_DAYS) {
            buckets.addAll(months(start, end));
        }
        if (end.getYear() - start.getYear() < QUERY_MAX_YEARS) {
            buckets.addAll(years(start, end));
        }
        Set<String> decades = decades(start, end);
        if (decades.size() <= QUERY_MAX_DECADES) {
            buckets.addAll(decades);
        }
        buckets.addAll(centuries(start, end));
        return buckets;
    }

    private static Set<String> months(LocalDate start, LocalDate end) {
        Set<String> months = new LinkedHashSet<>();
        for (LocalDate d = start.withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(1)) {
            months.add("m" + d.getYear() + "-" + d.getMonthValue());
        }
        return months;
    }

    private static Set<String> years(LocalDate start, LocalDate end) {
        Set<String> years = new LinkedHashSet<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            years.add("y" + y);
        }
        return years;
    }

    private static Set<String> decades(LocalDate start, LocalDate end) {
        Set<String> decades = new LinkedHashSet<>();
        for (int d = Math.floorDiv(start.getYear(), 10); d <= Math.floorDiv(end.getYear(), 10); d++) {
            decades.add("d" + d);
        }
        return decades;
    }

    private static Set<String> centuries(LocalDate start, LocalDate end) {
        Set<String> centuries = new LinkedHashSet<>();
        for (int c = Math.floorDiv(start.getYear(), 100); c <= Math.floorDiv(end.getYear(), 100); c++) {
            centuries.add("c" + c);
        }
        return centuries;
    }
}

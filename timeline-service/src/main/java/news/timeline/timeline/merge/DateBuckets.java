package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Calendar buckets that make "the two dates nest" an index lookup, and small enough that a busy story's common words
 * do not make long posting lists for the common case, a report of one day.
 * <p>
 * An entry is filed by its span: a single day under that day ({@code D}) and under its month as a day ({@code M},
 * found only by longer reports looking inside them); up to a quarter under its months ({@code m}); up to two years
 * under its years and decades ({@code y}, {@code d}); longer ones under their decades or centuries. A report searches
 * every bucket where an entry that contains it is filed (its day, months, years, decades, centuries) and, when it
 * spans more than a day and up to a year and a bit, the {@code M} buckets of its months, for the days inside it. Two
 * nesting dates therefore share a bucket (except a day inside a report dated by decade or century), while a report
 * of one day looks at that day's entries and at the few longer entries around it, never at its month's other days.
 * <p>
 * Buckets also name the merge locks: a report files where it may create an entry and searches the rest, and a filer
 * and a searcher of one bucket must not run at once; see {@link #exclusive}.
 */
final class DateBuckets {

    private static final long MONTHS_UP_TO_DAYS = 92;
    private static final long YEARS_UP_TO_DAYS = 731;
    private static final long QUERY_MONTHS_UP_TO_DAYS = 400;
    private static final int MAX_DECADES = 3;
    private static final int QUERY_MAX_YEARS = 12;
    private static final int QUERY_MAX_DECADES = 12;
    private static final String DAYS_OF_MONTH = "M";

    private DateBuckets() {
    }

    /** Where an entry dated start..end is filed. */
    static Set<String> of(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        if (days == 0) {
            Set<String> buckets = new LinkedHashSet<>();
            buckets.add("D" + start);
            buckets.add(DAYS_OF_MONTH + start.getYear() + "-" + start.getMonthValue());
            return buckets;
        }
        if (days <= MONTHS_UP_TO_DAYS) {
            return months("m", start, end);
        }
        if (days <= YEARS_UP_TO_DAYS) {
            Set<String> buckets = years(start, end);
            buckets.addAll(decades(start, end));
            return buckets;
        }
        Set<String> decades = decades(start, end);
        return decades.size() <= MAX_DECADES ? decades : centuries(start, end);
    }

    /** Every bucket where an entry whose date nests with start..end can be filed. */
    static Set<String> around(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        Set<String> buckets = new LinkedHashSet<>();
        if (days == 0) {
            buckets.add("D" + start);
        }
        if (days <= QUERY_MONTHS_UP_TO_DAYS) {
            buckets.addAll(months("m", start, end));
            if (days > 0) {
                buckets.addAll(months(DAYS_OF_MONTH, start, end));
            }
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

    /**
     * Whether a report must hold a bucket's lock exclusively: where it files, except the days-of-a-month buckets,
     * which many reports of different days file into at once and only longer reports search (so those hold them
     * exclusively).
     */
    static boolean exclusive(String bucket, boolean files) {
        return bucket.startsWith(DAYS_OF_MONTH) != files;
    }

    private static Set<String> months(String kind, LocalDate start, LocalDate end) {
        Set<String> months = new LinkedHashSet<>();
        for (LocalDate d = start.withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(1)) {
            months.add(kind + d.getYear() + "-" + d.getMonthValue());
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

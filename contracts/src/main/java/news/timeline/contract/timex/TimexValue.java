package news.timeline.contract.timex;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a TIMEX3 calendar date value means: its granularity and the span of days it covers, so that dates of
 * different granularity can be compared, filtered and sorted. The one reading of a value for every service: the
 * value extract-service writes is the value timeline-service files.
 *
 * @param value       the TIMEX3 value, a time of day dropped ({@code 2018-07-16T10:15} becomes {@code 2018-07-16})
 * @param granularity how precise it is
 * @param start       its first day
 * @param end         its last day
 */
public record TimexValue(String value, Granularity granularity, LocalDate start, LocalDate end) {

    /** A day, with a clock time or a part of the day (morning, afternoon, evening, night, daytime) left out. */
    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(?:[0-9:.]*(?:Z|[+-]\\d{2}:?\\d{2})?|MO|AF|EV|NI|DT|MI))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    /** The date a TIMEX3 value names, or empty when it is no calendar date (a duration, {@code PAST_REF}, X's...). */
    public static Optional<TimexValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.ofNullable(parseStrict(v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static TimexValue parseStrict(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate day = LocalDate.of(year(m), num(m, 2), num(m, 3));
            return new TimexValue(day.toString(), Granularity.DAY, day, day);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int week = num(m, 2);
            LocalDate mid = LocalDate.of(year(m), 6, 1);
            if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            // "-WE": the weekend of that ISO week, Saturday and Sunday (TimeML), not the whole week
            return new TimexValue(v, Granularity.WEEK, m.group(3) == null ? monday : monday.plusDays(5),
                    monday.plusDays(6));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth month = YearMonth.of(year(m), num(m, 2));
            return new TimexValue(v, Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            return months(v, Granularity.QUARTER, year(m), (num(m, 2) - 1) * 3 + 1, 3);
        }
        if ((m = HALF.matcher(v)).matches()) {
            return months(v, Granularity.HALF, year(m), (num(m, 2) - 1) * 6 + 1, 6);
        }
        if ((m = SEASON.matcher(v)).matches()) {
            // Meteorological seasons; winter opens in December of its year and runs into the next.
            int firstMonth = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            return months(v, Granularity.SEASON, year(m), firstMonth, 3);
        }
        if (YEAR.matcher(v).matches()) {
            int year = Integer.parseInt(v);
            return new TimexValue(v, Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (DECADE.matcher(v).matches()) {
            int first = Integer.parseInt(v) * 10;
            return new TimexValue(v, Granularity.DECADE, LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
        }
        if (CENTURY.matcher(v).matches()) {
            int first = Integer.parseInt(v) * 100;
            return new TimexValue(v, Granularity.CENTURY, LocalDate.of(first, 1, 1),
                    LocalDate.of(first + 99, 12, 31));
        }
        return null;
    }

    private static TimexValue months(String v, Granularity granularity, int year, int firstMonth, int count) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new TimexValue(v, granularity, start, start.plusMonths(count).minusDays(1));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * This value made no finer than a month or a year: a day becomes its month or year, anything finer than a year
     * (a week, a quarter...) its year; a value already as coarse stays as it is.
     */
    public String coarsenedTo(Granularity coarsest) {
        if (granularity.compareTo(coarsest) >= 0) {
            return value;
        }
        if (coarsest == Granularity.MONTH && granularity == Granularity.DAY) {
            return value.substring(0, 7);
        }
        return value.substring(0, 4);
    }

    /** True when one of the two spans lies within the other: they can name the same moment at different precision. */
    public boolean nests(LocalDate otherStart, LocalDate otherEnd) {
        boolean inside = !start.isBefore(otherStart) && !end.isAfter(otherEnd);
        boolean around = !otherStart.isBefore(start) && !otherEnd.isAfter(end);
        return inside || around;
    }
}

package news.timeline.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads TIMEX3 date values: their granularity, the days they cover, and coarser forms of them. */
final class TimexValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    private TimexValues() {
    }

    /** day, week, month, quarter, half, season, year, decade, century; null for vague or unplaceable values. */
    static String granularity(String value) {
        if (value == null) {
            return null;
        }
        if (DAY.matcher(value).matches()) {
            return "day";
        }
        if (WEEK.matcher(value).matches()) {
            return "week";
        }
        if (MONTH.matcher(value).matches()) {
            return "month";
        }
        if (QUARTER.matcher(value).matches()) {
            return "quarter";
        }
        if (HALF.matcher(value).matches()) {
            return "half";
        }
        if (SEASON.matcher(value).matches()) {
            return "season";
        }
        if (YEAR.matcher(value).matches()) {
            return "year";
        }
        if (DECADE.matcher(value).matches()) {
            return "decade";
        }
        if (CENTURY.matcher(value).matches()) {
            return "century";
        }
        return null;
    }

    /** First day the value covers, or null when it is not a placeable date. */
    static LocalDate first(String value) {
        DateSpan span = span(value);
        return span == null ? null : span.first();
    }

    static DateSpan span(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            LocalDate day = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
            return new DateSpan(day, day);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_BASED_YEAR, i(m, 1))
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2)).with(DayOfWeek.MONDAY);
            return new DateSpan(monday, monday.plusDays(6));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(i(m, 1), i(m, 2), 1);
            return new DateSpan(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(i(m, 1), 3 * i(m, 2) - 2, 1);
            return new DateSpan(first, first.plusMonths(3).minusDays(1));
        }
        if ((m = HALF.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(i(m, 1), 6 * i(m, 2) - 5, 1);
            return new DateSpan(first, first.plusMonths(6).minusDays(1));
        }
        if ((m = SEASON.matcher(value)).matches()) {
            int startMonth = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            LocalDate first = LocalDate.of(i(m, 1), startMonth, 1);
            return new DateSpan(first, first.plusMonths(3).minusDays(1));
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (DECADE.matcher(value).matches()) {
            int year = Integer.parseInt(value) * 10;
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31));
        }
        if (CENTURY.matcher(value).matches()) {
            int year = Integer.parseInt(value) * 100;
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + 99, 12, 31));
        }
        return null;
    }

    /** The value made no finer than the given granularity (day, month or year); weeks become their year. */
    static String coarsen(String value, String granularity) {
        String own = granularity(value);
        if (own == null || rank(own) >= rank(granularity)) {
            return value;
        }
        if ("month".equals(granularity) && ("day".equals(own))) {
            return value.substring(0, 7);
        }
        return value.substring(0, 4);
    }

    /** Orders granularities from fine (day) to coarse (century). */
    static int rank(String granularity) {
        return switch (granularity) {
            case "day" -> 0;
            case "week" -> 1;
            case "month" -> 2;
            case "quarter", "season" -> 3;
            case "half" -> 4;
            case "year" -> 5;
            case "decade" -> 6;
            default -> 7;
        };
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The days a value covers, both ends included. */
    record DateSpan(LocalDate first, LocalDate last) {
    }
}

package news.timeline.extract.temporal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar period: any day inside it plus its granularity (a season also carries its code, a time of day its
 * suffix such as {@code T22:00} or {@code TMO}). Formats to a TIMEX3 value.
 */
record TimePoint(LocalDate date, Granularity granularity, String season, String timeSuffix) {

    TimePoint(LocalDate date, Granularity granularity) {
        this(date, granularity, null, null);
    }

    TimePoint withTime(String suffix) {
        return new TimePoint(date, Granularity.TIME, null, suffix);
    }

    /** Shifts by n units of the given granularity, keeping this point's own granularity. */
    TimePoint plus(Granularity unit, long n) {
        LocalDate d = switch (unit) {
            case TIME, DAY -> date.plusDays(n);
            case WEEK, WEEKEND -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case SEASON, QUARTER -> date.plusMonths(3 * n);
            case HALF -> date.plusMonths(6 * n);
            case YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
        return new TimePoint(d, granularity, season, timeSuffix);
    }

    TimePoint coarsen(Granularity g) {
        return new TimePoint(date, g, null, null);
    }

    String value() {
        int y = date.getYear();
        if (y <= 0) {
            return beforeChrist(1 - y);
        }
        return switch (granularity) {
            case TIME -> date + timeSuffix;
            case DAY -> date.toString();
            case WEEK -> week();
            case WEEKEND -> week() + "-WE";
            case MONTH -> pad(y, 4) + "-" + pad(date.getMonthValue(), 2);
            case SEASON -> pad(y, 4) + "-" + season;
            case QUARTER -> pad(y, 4) + "-Q" + (date.getMonthValue() + 2) / 3;
            case HALF -> pad(y, 4) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> pad(y, 4);
            case DECADE -> pad(y / 10, 3);
            case CENTURY -> pad(y / 100, 2);
        };
    }

    /**
     * The value of a period before Christ, whose date holds the proleptic year (0 is 1 BC, -479 is 480 BC), as TimeML
     * writes it: "BC0480", "BC0480-09", "BC0479-SU", the century of 480 BC "BC04" (as "the fifth century BC").
     */
    private String beforeChrist(int year) {
        String y = "BC" + pad(year, 4);
        String day = y + "-" + pad(date.getMonthValue(), 2) + "-" + pad(date.getDayOfMonth(), 2);
        return switch (granularity) {
            case TIME -> day + timeSuffix;
            case DAY -> day;
            case WEEK -> y + "-WXX";
            case WEEKEND -> y + "-WXX-WE";
            case MONTH -> y + "-" + pad(date.getMonthValue(), 2);
            case SEASON -> y + "-" + season;
            case QUARTER -> y + "-Q" + (date.getMonthValue() + 2) / 3;
            case HALF -> y + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> y;
            case DECADE -> "BC" + pad(year / 10, 3);
            case CENTURY -> "BC" + pad((year - 1) / 100, 2);
        };
    }

    private String week() {
        return pad(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                + pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** n in decimal, zero-padded to width digits ("%04d" without the cost of a Formatter). */
    static String pad(int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        if (digits.length() >= width) {
            return n < 0 ? "-" + digits : digits;
        }
        return (n < 0 ? "-" : "") + "0".repeat(width - digits.length()) + digits;
    }

    /** The value with the year unknown, for expressions whose other parts are explicit ("July 16"). */
    static String unknownYear(Granularity g, LocalDate sample, String season) {
        return switch (g) {
            case DAY -> "XXXX-" + pad(sample.getMonthValue(), 2) + "-" + pad(sample.getDayOfMonth(), 2);
            case MONTH -> "XXXX-" + pad(sample.getMonthValue(), 2);
            case SEASON -> "XXXX-" + season;
            case QUARTER -> "XXXX-Q" + (sample.getMonthValue() + 2) / 3;
            case HALF -> "XXXX-H" + (sample.getMonthValue() <= 6 ? 1 : 2);
            default -> unknown(g);
        };
    }

    /** The value of a period of this granularity that cannot be placed at all. */
    static String unknown(Granularity g) {
        return switch (g) {
            case TIME, DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case SEASON -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }
}

package news.timeline.timeline.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL array literals ({@code {"a","b"}}), bound as one text parameter and cast in SQL. */
public final class PgArrays {

    private PgArrays() {
    }

    public static String text(String[] values) {
        return Arrays.stream(values)
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A date as PostgreSQL reads it: ISO years up to 0 are years BC (ISO 0 is 1 BC), no '+' on long years. */
    public static String date(java.time.LocalDate date) {
        int year = date.getYear();
        if (year > 0 && year <= 9999) {
            return date.toString(); // ISO's own form is PostgreSQL's here, and it is bound thousands of times per batch
        }
        return String.format(year <= 0 ? "%04d-%02d-%02d BC" : "%04d-%02d-%02d", year <= 0 ? 1 - year : year,
                date.getMonthValue(), date.getDayOfMonth());
    }

    public static String numbers(Collection<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The inverse of {@link #date}: PostgreSQL's text form of a date, years BC included. */
    public static java.time.LocalDate readDate(String text) {
        if (text == null) {
            return null;
        }
        if (text.endsWith(" BC")) {
            java.time.LocalDate bc = readDate(text.substring(0, text.length() - 3));
            return bc.withYear(1 - bc.getYear());
        }
        int yearEnd = text.indexOf('-', 1);
        return java.time.LocalDate.of(Integer.parseInt(text.substring(0, yearEnd)),
                Integer.parseInt(text.substring(yearEnd + 1, yearEnd + 3)),
                Integer.parseInt(text.substring(yearEnd + 4, yearEnd + 6)));
    }
}

package news.timeline.extract.cli;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How inferred publication dates compare with the true ones: unknown answers, and right and wrong ones at each
 * granularity (an answer at day granularity is also judged on its month and year, one at month granularity on its
 * year).
 */
final class DctTally {

    static final String HEADER = String.format(Locale.ROOT, "%-22s %8s %8s %14s %14s %14s",
            "topic", "articles", "unknown", "year ok/wrong", "month ok/wrong", "day ok/wrong");

    private final String name;
    private int articles;
    private int unknown;
    private int yearRight;
    private int yearWrong;
    private int monthRight;
    private int monthWrong;
    private int dayRight;
    private int dayWrong;

    DctTally(String name) {
        this.name = name;
    }

    /**
     * @param value       the inferred TIMEX3 value (yyyy, yyyy-mm or yyyy-mm-dd), or null when unknown
     * @param granularity year, month or day
     * @param truth       the feed's date
     */
    void count(String value, String granularity, LocalDate truth) {
        articles++;
        if (value == null) {
            unknown++;
            return;
        }
        boolean year = Integer.parseInt(value.substring(0, 4)) == truth.getYear();
        if (year) {
            yearRight++;
        } else {
            yearWrong++;
        }
        if ("month".equals(granularity) || "day".equals(granularity)) {
            if (value.startsWith(truth.toString().substring(0, 7))) {
                monthRight++;
            } else {
                monthWrong++;
            }
        }
        if ("day".equals(granularity)) {
            if (value.equals(truth.toString())) {
                dayRight++;
            } else {
                dayWrong++;
            }
        }
    }

    void add(DctTally other) {
        articles += other.articles;
        unknown += other.unknown;
        yearRight += other.yearRight;
        yearWrong += other.yearWrong;
        monthRight += other.monthRight;
        monthWrong += other.monthWrong;
        dayRight += other.dayRight;
        dayWrong += other.dayWrong;
    }

    String row() {
        return String.format(Locale.ROOT, "%-22s %8d %8d %14s %14s %14s", name, articles, unknown,
                yearRight + "/" + yearWrong, monthRight + "/" + monthWrong, dayRight + "/" + dayWrong);
    }

    /** The figures as shares of all articles, the form the READMEs quote. */
    String summary() {
        return String.format(Locale.ROOT, "%d articles: unknown %s; year right %s, wrong %s; month right %s, wrong %s; "
                + "day right %s, wrong %s", articles, share(unknown), share(yearRight), share(yearWrong),
                share(monthRight), share(monthWrong), share(dayRight), share(dayWrong));
    }

    private String share(int count) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", count, articles == 0 ? 0.0 : 100.0 * count / articles);
    }

    int unknown() {
        return unknown;
    }

    int yearRight() {
        return yearRight;
    }

    int yearWrong() {
        return yearWrong;
    }
}

package news.timeline.extract.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import news.timeline.extract.temporal.Normalizer.Context;
import news.timeline.extract.temporal.Normalizer.Result;

/** Holidays: the date of each in a given year from the rule lexicon.tsv gives it (fixed, Nth weekday, after Easter). */
final class Holidays {

    private Holidays() {
    }

    static Result holiday(Args a, Context ctx) {
        String h = a.get("h");
        Integer y = a.integer("y");
        if (y == null && ctx.dct == null) {
            return h.matches("\\d\\d-\\d\\d") ? new Result("XXXX-" + h, null, true, null)
                    : new Result("XXXX-XX-XX", null, true, null);
        }
        Integer told = y == null ? ctx.storyYear(a.direction(), yy -> holidayIn(h, yy).getMonthValue()) : null;
        int year;
        if (y != null) {
            year = y;
        } else if (told != null) {
            year = told;
        } else {
            year = ctx.dct.getYear() + Normalizer.yearShift(yy -> holidayIn(h, yy), a.direction(), ctx);
        }
        LocalDate date = holidayIn(h, year);
        TimePoint p = new TimePoint(date, Granularity.DAY);
        return new Result(p.value(), a.get("mod"), y == null, p);
    }

    /**
     * Holiday dates: {@code MM-DD} fixed; {@code nth:N:W:M[:K]} the Nth weekday W of month M (N = -1: the last),
     * K days later;
     * {@code easter:K} K days after Easter Sunday.
     */
    static LocalDate holidayIn(String spec, int year) {
        if (spec.startsWith("nth:")) {
            String[] p = spec.split(":");
            int n = Integer.parseInt(p[1]);
            DayOfWeek w = DayOfWeek.of(Integer.parseInt(p[2]));
            LocalDate first = LocalDate.of(year, Integer.parseInt(p[3]), 1);
            LocalDate day = n < 0 ? first.with(TemporalAdjusters.lastInMonth(w))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(n, w));
            return p.length > 4 ? day.plusDays(Integer.parseInt(p[4])) : day;
        }
        if (spec.startsWith("easter:")) {
            return easter(year).plusDays(Integer.parseInt(spec.substring(7)));
        }
        return LocalDate.of(year, Integer.parseInt(spec.substring(0, 2)), Integer.parseInt(spec.substring(3)));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

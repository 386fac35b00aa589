package news.timeline.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of evidence a text gives about its own date. Past mentions come before the publication date, future
 * ones after it, and the nearer the better: news is about the last days and the coming weeks.
 */
final class DctConstraints {

    private static final double[] PAST_WEEKDAY_FIT = {1.0, 0.8, 0.5, 0.4, 0.3, 0.3, 0.3};
    private static final double[] FUTURE_WEEKDAY_FIT = {0.6, 1.0, 0.8, 0.6, 0.5, 0.4, 0.4};
    private static final double[] THIS_WEEKDAY_FIT = {1.0, 1.0, 0.8, 0.6, 0.5, 0.4, 0.4};

    private DctConstraints() {
    }

    /**
     * A full date; pinned when a weekday written next to it agrees with the calendar, clocked when a clock time
     * stands beside it ("Thu Jan 6 , 2011 4:17 pm EST", "September 30 , 2010 - 1:46 PM": a date line).
     */
    record FullDate(LocalDate date, boolean future, boolean pinned, boolean clocked, String words)
            implements DctConstraint {
        public double fit(LocalDate d) {
            long days = ChronoUnit.DAYS.between(date, d);
            if (future) {
                return days >= 0 ? (days == 0 ? 0.5 : 0) : decay(-days, 45, 365);
            }
            return days < 0 ? 0 : decay(days, 7, 120);
        }

        public double weight() {
            return pinned || clocked ? 3 : 2;
        }

        /**
         * A weekday or a clock time is written beside the dates of the last and the coming days, so such a date
         * fixes the year; any other dated mention only bounds it (see {@link Bound}): "August 29, 1958" may be
         * recalled any year.
         */
        public boolean fixesYear() {
            return pinned || clocked;
        }

        public String describe() {
            String side = ", written " + (future ? "before" : "on or after") + " it";
            return pinned ? "“" + words + "”: the weekday matches " + date + side
                    : clocked ? "“" + words + "”: a clock time stands beside " + date + side
                    : "“" + words + "” (" + date + ") is " + (future ? "ahead" : "past");
        }
    }

    /** A month and day without a year; with a weekday next to it, only years where they agree fit. */
    record YearlessDate(MonthDay monthDay, boolean future, DayOfWeek weekday, String words) implements DctConstraint {
        public double fit(LocalDate d) {
            double best = 0;
            for (int year = d.getYear() - 1; year <= d.getYear() + 1; year++) {
                if (!monthDay.isValidYear(year)) {
                    continue;
                }
                LocalDate date = monthDay.atYear(year);
                if (weekday != null && date.getDayOfWeek() != weekday) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(date, d);
                double fit = future ? (days < 0 ? decay(-days, 60, 240) : 0) : (days >= 0 ? decay(days, 30, 180) : 0);
                best = Math.max(best, fit);
            }
            return best;
        }

        public double weight() {
            return weekday != null ? 3 : 1;
        }

        public String describe() {
            return "“" + words + "” is " + (future ? "ahead" : "past")
                    + (weekday != null ? ", and its weekday must match the calendar" : "");
        }
    }

    /** A month, with or without its year. */
    record Month(int month, Integer year, boolean future, String words) implements DctConstraint {
        public double fit(LocalDate d) {
            double best = 0;
            int fromYear = year != null ? year : d.getYear() - 1;
            int toYear = year != null ? year : d.getYear() + 1;
            for (int y = fromYear; y <= toYear; y++) {
                long months = (d.getYear() - y) * 12L + d.getMonthValue() - month;
                double fit = future ? (months < 0 ? decay(-months, 6, 12) : months == 0 ? 0.5 : 0)
                        : (months >= 0 ? decay(months, 3, 12) : 0);
                best = Math.max(best, fit);
            }
            return best;
        }

        public double weight() {
            return year != null ? 1 : 0.5;
        }

        public String describe() {
            return "“" + words + "” is " + (future ? "ahead" : "past");
        }
    }

    /**
     * A hard bound: the text allows no publication date outside [from, to] (either end open when null). A year named
     * as past bounds it from below, one named as current or ahead from above, a countdown ("less than three months
     * remaining until the election in November") from both sides. {@code reading} says why, in words.
     */
    record Bound(LocalDate from, LocalDate to, String words, String reading) implements DctConstraint {
        public double fit(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)) ? 1 : 0;
        }

        public double weight() {
            return 1;
        }

        /** The years its ends fall in. */
        List<Integer> years() {
            return java.util.stream.Stream.of(from, to).filter(java.util.Objects::nonNull).map(LocalDate::getYear)
                    .toList();
        }

        public String describe() {
            String window = from == null ? "no later than " + to : to == null ? "no earlier than " + from
                    : "between " + from + " and " + to;
            return "“" + words + "” " + reading + ": written " + window;
        }
    }

    /**
     * A countdown to an event the text places in a month but in no year: in every year, the days that many units
     * before it fit.
     */
    record Countdown(DctBoundFinder.EventMonth event, int least, int most, ChronoUnit unit, String words)
            implements DctConstraint {
        public double fit(LocalDate d) {
            for (int year = d.getYear(); year <= d.getYear() + 1; year++) {
                LocalDate earliest = event.first(year).minus(most, unit);
                if (!d.isBefore(earliest) && !d.isAfter(event.last(year).minus(least, unit))) {
                    return 1;
                }
            }
            return 0;
        }

        public double weight() {
            return 2;
        }

        public String describe() {
            String unitName = unit.toString().toLowerCase(Locale.ROOT);
            return "“" + words + "” counts down to “" + event.words() + "”: written " + least + " to " + most
                    + " " + unitName + " before it, in a year the text does not fix";
        }
    }

    /**
     * A bare weekday: "said Sunday" within the week before, "on Monday" ahead within the week after, "this
     * Thursday" today or ahead.
     */
    record Weekday(DayOfWeek day, boolean future, boolean thisWeek, String words) implements DctConstraint {
        public double fit(LocalDate d) {
            int lag = Math.floorMod(d.getDayOfWeek().getValue() - day.getValue(), 7);
            int lead = (7 - lag) % 7;
            if (thisWeek) {
                return THIS_WEEKDAY_FIT[lead];
            }
            return future ? FUTURE_WEEKDAY_FIT[lead] : PAST_WEEKDAY_FIT[lag];
        }

        public double weight() {
            return 1;
        }

        public String describe() {
            String name = day.toString().charAt(0) + day.toString().substring(1).toLowerCase(Locale.ROOT);
            return "“" + words + "”: " + (thisWeek ? "written on or in the days before a " + name
                    : future ? "written in the days before a " + name : "written on or in the days after a " + name);
        }
    }

    /**
     * "last week", "next month", "yesterday" said of something the text also dates: the publication date is then
     * one unit away from that date.
     */
    record Relative(ChronoUnit unit, int offset, List<Anchor> anchors, String words) implements DctConstraint {
        public double fit(LocalDate d) {
            LocalDate target = d.plus(offset, unit);
            for (Anchor anchor : anchors) {
                for (LocalDate date : anchor.instancesNear(d)) {
                    if (samePeriod(date, target, unit)) {
                        return 1;
                    }
                }
            }
            return 0;
        }

        public double weight() {
            return 2;
        }

        /** "last week" said of the summit of July 16, 2018: written in the week after it. */
        public boolean fixesYear() {
            return anchors.stream().anyMatch(anchor -> anchor.date() != null);
        }

        public String describe() {
            return "“" + words + "” refers to " + anchors.get(0).words() + " (" + anchors.get(0).label()
                    + "): written " + describeOffset();
        }

        private String describeOffset() {
            String unitName = unit.toString().toLowerCase(Locale.ROOT).replaceAll("s$", "");
            if (offset == 0) {
                return "in the same " + unitName;
            }
            return "one " + unitName + (offset < 0 ? " after it" : " before it");
        }

        private static boolean samePeriod(LocalDate a, LocalDate b, ChronoUnit unit) {
            return switch (unit) {
                case DAYS -> a.equals(b);
                case WEEKS -> a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                        && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                case MONTHS -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
                default -> a.getYear() == b.getYear();
            };
        }
    }

    /** A date of the text that a relative expression may refer to; year-less ones are tried in nearby years. */
    record Anchor(LocalDate date, MonthDay monthDay, String words) {
        List<LocalDate> instancesNear(LocalDate d) {
            if (date != null) {
                return List.of(date);
            }
            List<LocalDate> out = new java.util.ArrayList<>();
            for (int year = d.getYear() - 1; year <= d.getYear() + 1; year++) {
                if (monthDay.isValidYear(year)) {
                    out.add(monthDay.atYear(year));
                }
            }
            return out;
        }

        String label() {
            return date != null ? date.toString() : "--" + monthDay.toString().substring(2);
        }
    }

    /** 1 up to {@code full}, then down to 0 at {@code zero}. */
    static double decay(long distance, long full, long zero) {
        if (distance <= full) {
            return 1;
        }
        return distance >= zero ? 0 : 1 - (double) (distance - full) / (zero - full);
    }
}

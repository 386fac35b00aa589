package news.timeline.extract.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import news.timeline.extract.temporal.Normalizer.Context;
import news.timeline.extract.temporal.Normalizer.Result;

/**
 * Anaphora: expressions placed from the DCT ("yesterday", "two years ago", "the weekend") or from the reference
 * time of the discourse ("the following day", "a year earlier", "that day", "the latest quarter").
 */
final class Anaphora {

    private Anaphora() {
    }

    private static final Set<String> CLOCK_UNITS = Set.of("H", "MIN", "S");

    /**
     * "two hours ago", "an hour later": hours and minutes move the clock, not the calendar, and neither the DCT nor
     * an earlier date gives a clock time to move; the day is what is known.
     */
    private static Result clockShift(LocalDate day, Args a, Context ctx) {
        if (day == null) {
            return new Result(TimePoint.unknown(Granularity.DAY), a.get("mod"), true, null);
        }
        return new Result(day.toString(), a.get("mod"), true, null);
    }

    /** Relative to the DCT: "yesterday" rel(unit=D, n=-1); "two years ago" rel(unit=Y, n=$n, sign=-1). */
    static Result rel(Args a, Context ctx) {
        if (CLOCK_UNITS.contains(a.get("unit"))) {
            return clockShift(ctx.dct, a, ctx);
        }
        Granularity g = Granularity.ofUnit(a.get("unit"));
        String n = a.getOrDefault("n", "1");
        int sign = Integer.parseInt(a.getOrDefault("sign", "1"));
        String mod = a.get("mod");
        if (ctx.dct == null) {
            return new Result(TimePoint.unknown(g), mod, true, null);
        }
        if (n.equals("X")) {
            if (g == Granularity.YEAR) {
                return new Result(ctx.dct.getYear() / 10 - (sign < 0 ? 0 : 0) + "X", mod, true, null);
            }
            return new Result(sign < 0 ? "PAST_REF" : "FUTURE_REF", mod, true, null);
        }
        if (n.equals("tense")) {
            return new Result(weekend(ctx).value(), mod, true, null);
        }
        boolean anaphoric = "the".equals(ctx.tokens.lower[ctx.start]) && (n.equals("0") || sign > 0)
                || n.equals("0") && "end".equals(ctx.tokens.lower[ctx.end - 1])
                // "later in the year", "earlier in the month": the period the text is at, as "the end of the year"
                || n.equals("0") && ctx.end - ctx.start >= 3 && "the".equals(ctx.tokens.lower[ctx.end - 2])
                        && "in".equals(ctx.tokens.lower[ctx.end - 3]);
        if (anaphoric && ctx.pastYearTold() != null && !g.finerThan(ctx.reference.granularity())) {
            // in a history, "by the end of the month", "at month's end" and "later in the year" are the period the
            // history is at and "the next year" the one after it, where a report's date would place them; "the last
            // century" is still the DCT's last, and "today" and "later this year" the DCT's
            TimePoint p = ctx.reference.coarsen(g).plus(g, sign * Long.parseLong(n));
            return new Result(p.value(), mod, true, p);
        }
        TimePoint base = new TimePoint(ctx.dct, g);
        boolean comparison = "finer".equals(a.get("keep")) && ctx.reported != null && g == Granularity.YEAR
                && n.equals("1");
        if (comparison) {
            // "a year ago" in a report on the third quarter: the third quarter of last year; "500 years ago" is a
            // year counted from now
            base = ctx.reported;
        }
        TimePoint p = base.plus(g, sign * Long.parseLong(n));
        // a comparison point does not move the narrative's reference time nor the quarter reported on
        return new Result(p.value(), mod, true, comparison ? null : p);
    }

    /**
     * In a history at a past year or month, a day, week or month counted from it or named in it ("the next day",
     * "that same day", "the final day of the battle" after "In 480 BC" or "In 1915"): the period the story is at,
     * with what it does not tell unknown ("1915-XX-XX", "BC0479-06-XX"). It is no reference time: the DCT, which a
     * report would count from, lies centuries away, and the story stays where it was. The month the story is at is
     * kept only for what is named in it (sameMonth: "that same day"); a day counted from it may lie in the next.
     * Null outside a history.
     */
    private static String storyUnknownBelow(Granularity g, boolean sameMonth, Context ctx) {
        Integer year = ctx.pastYearTold();
        if (year == null) {
            return null;
        }
        TimePoint ref = ctx.reference;
        boolean month = sameMonth && ctx.asideStoryYear == null && ref.granularity() == Granularity.MONTH;
        String y = new TimePoint(LocalDate.of(year, month ? ref.date().getMonthValue() : 1, 1),
                month ? Granularity.MONTH : Granularity.YEAR).value();
        return switch (g) {
            case TIME, DAY -> y + (month ? "-XX" : "-XX-XX");
            case WEEK -> month ? null : y + "-WXX";
            case WEEKEND -> month ? null : y + "-WXX-WE";
            case MONTH -> month ? null : y + "-XX";
            default -> null;
        };
    }

    /**
     * "On the 5th", after "made a counteroffer on 2 October": that day of the month the text is at. Only an
     * ordinal in figures is a day ("of the 1,300 cases", "the first" are none), and with no day or month named
     * before, there is no month to count in, and no expression.
     */
    static Result dayOfMonth(Args a, Context ctx) {
        TimePoint ref = ctx.reference;
        int day = ctx.start + 1;
        if (day >= ctx.end || ctx.tokens.kind[day] != Tokens.ALNUM || ref == null || ref.granularity() != Granularity.DAY && ref.granularity() != Granularity.MONTH) {
            return null;
        }
        int d = a.integer("d");
        YearMonth month = YearMonth.from(ref.date());
        if (d > month.lengthOfMonth()) {
            return null;
        }
        TimePoint p = new TimePoint(month.atDay(d), Granularity.DAY);
        return new Result(p.value(), a.get("mod"), true, p);
    }

    /** "the weekend": the one just past in a past-tense clause or when the DCT falls on it, else the coming one. */
    private static TimePoint weekend(Context ctx) {
        LocalDate dct = ctx.dct;
        boolean inWeekend = dct.getDayOfWeek().getValue() >= 6;
        if (inWeekend || ctx.tense() != Tense.PAST) {
            return new TimePoint(dct, Granularity.WEEKEND);
        }
        return new TimePoint(dct.minusWeeks(1), Granularity.WEEKEND);
    }

    /**
     * Relative to the reference time of the discourse ("the following day", "a year earlier"): the last placed
     * expression, else the DCT. With {@code keep=finer} the result keeps the reference's granularity when it is
     * finer than the unit (a year before the third quarter is a quarter).
     */
    static Result anaphor(Args a, Context ctx) {
        if (CLOCK_UNITS.contains(a.get("unit"))) {
            boolean day = ctx.reference != null && !Granularity.DAY.finerThan(ctx.reference.granularity());
            return clockShift(day ? ctx.reference.date() : ctx.dct, a, ctx);
        }
        Granularity g = Granularity.ofUnit(a.get("unit"));
        String n = a.getOrDefault("n", "1");
        int sign = Integer.parseInt(a.getOrDefault("sign", "1"));
        String mod = a.get("mod");
        // keep=finer: "a year earlier" is a year unless it compares with the quarter reported on; keep=same: "the
        // same period last year" is the period just named, a year before, whatever that period is
        boolean same = "same".equals(a.get("keep"));
        boolean comparison = same || "finer".equals(a.get("keep"));
        TimePoint base = comparison && ctx.reported != null && g == Granularity.YEAR ? ctx.reported : ctx.reference;
        if (base == null) {
            if (ctx.dct == null) {
                return new Result(TimePoint.unknown(g), mod, true, null);
            }
            base = new TimePoint(ctx.dct, g);
        }
        if (n.equals("X")) {
            return new Result(sign < 0 ? "PAST_REF" : "FUTURE_REF", mod, true, null);
        }
        Granularity target = g;
        if (comparison && (same || base == ctx.reported) && base.granularity().finerThan(g)) {
            target = base.granularity();
        }
        if (g.finerThan(base.granularity()) && g != Granularity.WEEKEND) {
            // "the next day" after "1998": nothing finer to count from
            String inStory = base == ctx.reference ? storyUnknownBelow(g, false, ctx) : null;
            if (inStory != null) {
                return new Result(inStory, mod, true, null);
            }
            if (ctx.dct == null) {
                return new Result(TimePoint.unknown(g), mod, true, null);
            }
            base = new TimePoint(ctx.dct, g);
        }
        TimePoint p = new TimePoint(base.date(), target, base.season(), null).plus(g, sign * Long.parseLong(n));
        if (a.containsKey("tenseBound") && ctx.dct != null && p.date().isAfter(ctx.dct)
                && !p.value().equals(new TimePoint(ctx.dct, target).value())) {
            Result told = toldBeforeDct(target, mod, ctx);
            if (told != null) {
                return told;
            }
        }
        // a comparison point ("a year earlier") does not move the narrative's reference time, nor does a glance
        // back at a coarser period while the text stands on a month or a day ("in September they advanced,
        // repeating their successes from the previous year. On September 18 ..." is still that September's year)
        boolean glanceBack = sign < 0 && ctx.reference != null && base == ctx.reference
                && ctx.reference.granularity().finerThan(g);
        return new Result(p.value(), mod, true, comparison || glanceBack ? null : p);
    }

    /**
     * "Twenty-one years later , a reporter went to the village", "Today , five months later , the company has
     * given its opinion": counted from a time the text never named (the DCT, or a date of this year), the result
     * would lie after the DCT, which only a clause that looks ahead allows. Told in the past, it is some time
     * unknown; in the present, it is now. Null when the clause looks ahead or tells nothing.
     */
    private static Result toldBeforeDct(Granularity g, String mod, Context ctx) {
        return switch (ctx.tense()) {
            case PAST -> new Result(TimePoint.unknown(g), mod, true, null);
            case PRESENT, PROGRESSIVE -> {
                TimePoint now = new TimePoint(ctx.dct, g);
                yield new Result(now.value(), mod, true, now);
            }
            default -> null;
        };
    }

    /**
     * "that day", "the same year": the reference time itself, at the given granularity; with unit=ref ("until
     * then", "by that time") at its own, and no expression when the text has named no time to refer to.
     */
    static Result refpoint(Args a, Context ctx) {
        if ("ref".equals(a.get("unit"))) {
            return ctx.reference == null ? null : new Result(ctx.reference.value(), a.get("mod"), true, ctx.reference);
        }
        Granularity g = Granularity.ofUnit(a.get("unit"));
        if (a.containsKey("y")) {
            // "the 1988 period": the period reported on (the third quarter, the nine months), in 1988; a
            // comparison point, which moves neither the reference time nor the period reported on
            int y = Integer.parseInt(a.get("y"));
            TimePoint p = ctx.reported != null
                    ? new TimePoint(ctx.reported.date().withYear(y), ctx.reported.granularity())
                    : new TimePoint(LocalDate.of(y, 1, 1), Granularity.YEAR);
            return new Result(p.value(), a.get("mod"), false, null);
        }
        TimePoint base = g == Granularity.QUARTER ? ctx.quarter : ctx.reference;
        long back = Long.parseLong(a.getOrDefault("back", "0"));
        if (back > 0 && base != null && ctx.dct != null
                && base.date().isAfter(new TimePoint(ctx.dct, g).plus(g, -back).date())) {
            // "the latest quarter" is one that is over: not the coming fourth quarter a forecast named
            base = null;
        }
        if (base == null || g.finerThan(base.granularity())) {
            String inStory = base != null && base == ctx.reference ? storyUnknownBelow(g, true, ctx) : null;
            if (inStory != null) {
                return new Result(inStory, a.get("mod"), true, null);
            }
            if (ctx.dct == null) {
                return new Result(TimePoint.unknown(g), a.get("mod"), true, null);
            }
            // with nothing to refer back to, "the latest quarter" is the one before the DCT's
            base = new TimePoint(ctx.dct, g).plus(g, -back);
        }
        TimePoint p = base.coarsen(g);
        return new Result(p.value(), a.get("mod"), true, p);
    }
}

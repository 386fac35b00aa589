package news.timeline.extract.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.Word;

/**
 * The normalization functions that rules name in their {@code value} line, registered by name. Each reads its
 * arguments (literals or captured values) and the context (DCT, the reference time set by earlier expressions, the
 * tense around the expression) and returns the TIMEX3 value, or null to reject the match (an impossible date).
 * Calendar placement (dates, weekdays, seasons, parts of years, times of day) is here; anaphora (relative to the
 * DCT or to the reference time) are in {@link Anaphora}, holidays in {@link Holidays}, durations and sets in
 * {@link DurationsAndSets}.
 */
final class Normalizer {
    /** A normalization function: the value of an expression from its arguments and its context. */
    @FunctionalInterface
    private interface Function {
        Result apply(Args a, Context ctx);
    }

    /** Marks that separate the names of a list ("Tony , Olwen May", "Producer/Julian May", "sisters - Maggy May"). */
    private static final String LIST_MARKS = ",/-";

    /** A function with the names of the arguments it reads, which are all a rule may give it. */
    private record Registered(Set<String> arguments, Function function) {
    }

    /** The arguments that place a time on its day: dayOf's. */
    private static final String DAY = " y m d w dir shift today";
    /** Words before a date that make it part of the clause before a colon rather than the heading after it. */
    private static final Set<String> ENTRY_BREAKERS = Set.of("in", "on", "at", "since", "by", "until", "from", "to",
            "of", "for", "during", "before", "after", "through");

    /**
     * The functions rules name in their {@code value} line, each registered once under that name with the arguments
     * it reads ({@code mod} is read by most: a rule's own TIMEX3 mod).
     */
    private static final Map<String, Registered> FUNCTIONS = Map.ofEntries(
            function("date", "y yy m d dir unit yshift unlessName mod bc history ofRef rangeEnd beforeMonth",
                    (a, ctx) -> a.containsKey("unit") ? around(date(a, ctx), a, ctx) : date(a, ctx)),
            function("weekday", "w dir before mod", Normalizer::weekday),
            function("monthweek", "n y m dir mod", Normalizer::monthWeek),
            function("season", "s y dir mod bc ofRef after", Normalizer::season),
            function("quarter", "n y yshift dir mod", (a, ctx) -> part(a, ctx, Granularity.QUARTER, 3)),
            function("half", "n y yshift dir mod", (a, ctx) -> part(a, ctx, Granularity.HALF, 6)),
            function("holiday", "h y dir mod", Holidays::holiday),
            function("rel", "n unit sign keep mod", Anaphora::rel),
            function("anaphor", "n unit sign keep tenseBound mod", Anaphora::anaphor),
            function("refpoint", "unit back y mod", Anaphora::refpoint),
            function("dayofmonth", "d mod", Anaphora::dayOfMonth),
            function("const", "v unlessPast mod", Normalizer::constant),
            function("dur", "n unit frac half mod", DurationsAndSets::dur),
            function("set", "unit n quant times freq p w pod m s v", (a, ctx) -> DurationsAndSets.set(a)),
            function("time", "h min sec ampm tz mod" + DAY, Normalizer::time),
            function("pod", "p mod before" + DAY, Normalizer::pod),
            function("decade", "y mod", Normalizer::decade),
            function("century", "n bc mod", Normalizer::century),
            // a longer reading that is not a temporal expression ("6-year-old")
            function("ignore", "", (a, ctx) -> null));

    private static Map.Entry<String, Registered> function(String name, String arguments, Function function) {
        Set<String> names = arguments.isBlank() ? Set.of() : Set.of(arguments.strip().split(" +"));
        return Map.entry(name, new Registered(names, function));
    }

    /**
     * What an expression normalizes to; {@code point} becomes the new reference time when not null; {@code freq}
     * and {@code quant} are a set's TIMEX3 attributes ("twice a month" freq 2X, "every week" quant EVERY).
     */
    record Result(String value, String mod, boolean relative, TimePoint point, String freq, String quant) {
        Result(String value, String mod, boolean relative, TimePoint point) {
            this(value, mod, relative, point, null, null);
        }
    }

    /** Where an expression sits: the text around it, the DCT and the reference time of the discourse. */
    static final class Context {
        final Tokens tokens;
        final LocalDate dct;
        final TenseCues cues;
        private final ExpressionClause clauses;
        private final String text;
        TimePoint reference;
        /** The last reference time of a month or finer, kept when a bare year follows it. */
        TimePoint monthReference;
        /** The last quarter named: what "the quarter" refers to in an earnings report. */
        TimePoint quarter;
        /**
         * The period an earnings report is about, which "a year earlier" compares with: the last quarter named,
         * or its year once the report turns to a span of several quarters ("the first nine months").
         */
        TimePoint reported;
        /** The last day the text named in full ("Monday, July 16, 2018") and the token after its words. */
        TimePoint namedDay;
        int namedDayEnd;
        /** Whether the text tells history (see {@code TemporalTagger.tellsHistory}). */
        boolean history;
        /**
         * The year a history's story is at while the reference is a year of the writer's own time named in an aside
         * (see {@code TemporalTagger.writersOwnYear}), else null: "the end of the year" after it is that year's, a
         * month or day named without its year is still the story's.
         */
        Integer asideStoryYear;
        int start;
        int end;

        Context(Tokens tokens, LocalDate dct, TenseCues cues, ExpressionClause clauses) {
            this.tokens = tokens;
            this.dct = dct;
            this.cues = cues;
            this.clauses = clauses;
            this.text = tokens.text.toString();
        }

        /**
         * Whether the expression's word is part of a person's name. After a capitalized word no rule knows
         * ("spokeswoman Hannah August", "Julian May"), when a word comes before that one in the sentence or a verb
         * follows ("Theresa May said"): a sentence's first word alone may be any word ("Between July and August").
         * Before such a word, when no word stands before the expression that a rule knows ("May Edwards from
         * Falkirk", "Ninety-year-old June Spencer"; but "In June Obama", "since May Britain").
         */
        boolean inName() {
            int before = start - 1;
            if (unknownCapitalizedWord(before)) {
                return before >= 1 && tokens.sentence[before - 1] == tokens.sentence[start]
                        && (tokens.kind[before - 1] == Tokens.WORD || LIST_MARKS.indexOf(tokens.text.charAt(
                        tokens.start[before - 1])) >= 0) || verbAt(end);
            }
            return unknownCapitalizedWord(end) && (before < 0 || tokens.lower[before] == null
                    || tokens.kind[before] != Tokens.WORD || tokens.sentence[before] != tokens.sentence[start]);
        }

        /** Whether the expression is a possessive before a noun ("Thursday's hearing", "Thursday 's hearing"). */
        boolean possessive() {
            int at = tokens.end[end - 1];
            if (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
                    && text.charAt(at + 1) == 's' && (at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2)));
        }

        private boolean verbAt(int i) {
            return i < tokens.size && tokens.kind[i] == Tokens.WORD && tokens.sentence[i] == tokens.sentence[start]
                    && Verbs.isFinite(Word.of(text, tokens.start[i], tokens.end[i]).get(0));
        }

        private boolean unknownCapitalizedWord(int i) {
            return i >= 0 && i < tokens.size && tokens.kind[i] == Tokens.WORD && tokens.lower[i] == null
                    && tokens.capitalized(i) && tokens.sentence[i] == tokens.sentence[start];
        }

        /**
         * Whether the expression heads what comes after it: a colon follows it in its sentence, and no preposition
         * stands before it ("the spill in April : what happened to the oil" is a date of the clause before).
         */
        private boolean headsAnEntry() {
            return end < tokens.size && tokens.sentence[end] == tokens.sentence[start]
                    && tokens.end[end] - tokens.start[end] == 1 && text.charAt(tokens.start[end]) == ':'
                    && (start == 0 || !ENTRY_BREAKERS.contains(text.substring(tokens.start[start - 1],
                            tokens.end[start - 1]).toLowerCase(java.util.Locale.ROOT)));
        }

        /**
         * The year a history is at: in a text that {@link #history tells history}, that of the reference time when
         * it lies before the DCT's year ("In 1940 ... In April, Germany invaded Denmark" is April
         * 1940), else null. A month or day named without its year belongs to the year the history has moved to,
         * not to the DCT's; a news report that names a past year in passing ("dating to 1994. In January, a week
         * after...") still means the January of its own date. A history that has reached the year before the DCT's
         * is there too ("In 2008 ... In May, the Iraqi army" is May 2008, not the May before a DCT of December 2009).
         */
        Integer pastYearTold() {
            if (!history || dct == null || reference == null
                    || asideStoryYear == null && Granularity.YEAR.finerThan(reference.granularity())) {
                return null; // "the 1960s and '70s ... on June 29": a decade names no year to place a day in
            }
            int year = asideStoryYear != null ? asideStoryYear : reference.date().getYear();
            return year < dct.getYear() ? year : null; // a year before Christ too: 1 BC is 0, 480 BC is -479
        }

        /**
         * How many months before the month a history is at a month named without its year must lie to be the next
         * year's: an account moves forward, so "On December 7, 1941 ... In January, the Allies" is January 1942,
         * while "the spring" after July is still the spring just past (a nearer month reads as the same year).
         */
        private static final int NEXT_YEAR_MONTHS_BEFORE = 8;

        /**
         * The years to add to {@link #pastYearTold()} for a month named without its year: one when the history is
         * at a month of that year (the last month or day it placed, although a bare year may have followed it,
         * "December 8, 1941") and the month named lies {@link #NEXT_YEAR_MONTHS_BEFORE} or more months before it.
         */
        int narrativeYearShift(int month) {
            TimePoint at = reference != null && reference.granularity().compareTo(Granularity.MONTH) <= 0 ? reference
                    : monthReference;
            if (at == null || reference == null || at.date().getYear() != reference.date().getYear()) {
                return 0;
            }
            return at.date().getMonthValue() - month >= NEXT_YEAR_MONTHS_BEFORE ? 1 : 0;
        }

        /**
         * The year of a date a history names without its year, or null outside a history: the year the history is
         * at ({@link #pastYearTold()}), moved on by {@link #narrativeYearShift} for the month the date falls in that
         * year ("In January" after "December 7, 1941" is 1942; "Christmas night" in an account of 1776 is 1776's).
         */
        Integer storyYear(Direction direction, IntUnaryOperator monthIn) {
            Integer told = direction == Direction.FROM_TENSE ? pastYearTold() : null;
            return told == null ? null : told + narrativeYearShift(monthIn.applyAsInt(told));
        }

        /** The tense of the verb that governs the expression in its clause. */
        Tense tense() {
            if (cues.silent(tokens, start, end, ExpressionClause.REACH_BEFORE, ExpressionClause.REACH_AFTER)) {
                return Tense.UNKNOWN; // nothing to read: spare the clause finder (a run of dates, a table)
            }
            if (headsAnEntry()) {
                // "2 June : US government begins criminal inquiry": a chronology tells its entries in the present,
                // which says nothing of the date's side of now, so the nearest one it is
                return Tense.PRESENT;
            }
            int[] clause = clauses.of(tokens, text, start, end);
            return cues.governing(tokens, start, end, clause[0], clause[1]);
        }

        /** Whether the verb that governs the expression in its clause is a past perfect ("had invaded"). */
        boolean pastPerfect() {
            if (cues.silent(tokens, start, end, ExpressionClause.REACH_BEFORE, ExpressionClause.REACH_AFTER)) {
                return false;
            }
            int[] clause = clauses.of(tokens, text, start, end);
            return cues.pastPerfectAround(tokens, start, end, clause[0], clause[1]);
        }
    }

    /** Fails on a function no rule may name, or an argument it does not read (a misspelt name is no default). */
    static void checkFunction(String ruleId, String function, Set<String> arguments) {
        Registered registered = FUNCTIONS.get(function);
        if (registered == null) {
            throw new IllegalArgumentException("rule " + ruleId + ": unknown function " + function);
        }
        for (String argument : arguments) {
            if (!registered.arguments().contains(argument)) {
                throw new IllegalArgumentException("rule " + ruleId + ": " + function + " takes no argument "
                        + argument);
            }
        }
    }

    Result apply(Rule rule, Map<String, String> captures, Context ctx) {
        Map<String, String> a = new HashMap<>();
        rule.arguments().forEach((k, v) -> {
            String resolved = v.startsWith("$") ? captures.get(v.substring(1)) : v;
            if (resolved != null) {
                a.put(k, resolved);
            }
        });
        try {
            return FUNCTIONS.get(rule.function()).function().apply(new Args(a), ctx);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "February 30", "13/45/2018": not a date after all
        }
    }

    /**
     * Places a period known up to its year: {@code index} orders periods in time (year * n + position) and
     * {@code current} is the DCT's. An explicit direction (last / next / this) wins over the tense; without
     * either, the nearest occurrence is taken.
     */
    private static long place(long index, long current, int perYear, Direction dir, Tense tense) {
        if (dir == Direction.LAST) {
            return index < current ? index : index - perYear * ceilDiv(index - current + 1, perYear);
        }
        if (dir == Direction.NEXT) {
            return index > current ? index : index + perYear * ceilDiv(current - index + 1, perYear);
        }
        if (dir == Direction.THIS) {
            return index;
        }
        if (tense == Tense.PAST) {
            return index <= current ? index : index - perYear;
        }
        if (tense == Tense.FUTURE) {
            return index >= current ? index : index + perYear;
        }
        long best = index;
        for (long candidate = index - perYear; candidate <= index + perYear; candidate += perYear) {
            if (Math.abs(candidate - current) < Math.abs(best - current)
                    || Math.abs(candidate - current) == Math.abs(best - current) && candidate < best) {
                best = candidate;
            }
        }
        return best;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** How far a day may lie on the side the clause's tense contradicts before the tense moves it a year. */
    private static final int CONTRADICTED_DAYS = 90;

    /** The earliest year a range written "1958-59" may start in: before it, a number counts things, as year_early's. */
    private static final int RANGE_START_YEARS_FROM = 1800;

    /**
     * The year whose last two digits end a range after the year {@code start} ("2007-08", "the 1995-96 crisis"): a
     * later year of its century, or null when the number is not one ("2010-05" is rather a month).
     */
    private static Integer rangeEnd(int start, int lastDigits, Context ctx) {
        int end = start / 100 * 100 + lastDigits;
        return end > start && (start >= RANGE_START_YEARS_FROM || ctx.history) ? end : null;
    }

    private static Result date(Args a, Context ctx) {
        if (a.containsKey("unlessName") && ctx.inName()) {
            return null; // "Theresa May", "Hannah August": a surname
        }
        if (a.containsKey("history") && !ctx.history) {
            return null; // "in 1500 cases": outside a history, a number before 1800 counts things
        }
        Integer y = a.containsKey("rangeEnd") ? rangeEnd(a.integer("rangeEnd"), a.integer("yy"), ctx)
                : a.containsKey("yy") ? Integer.valueOf((int) NumberShape.twoDigitYear(a.integer("yy")))
                : a.integer("y");
        if (a.containsKey("rangeEnd") && y == null) {
            return null;
        }
        Integer m = a.integer("m");
        Integer d = a.integer("d");
        String mod = a.get("mod");
        if (y != null && m != null && a.containsKey("beforeMonth") && m > a.integer("beforeMonth")) {
            y--; // "December and January 1942": the December before
        }
        if (a.containsKey("bc")) {
            // "493 BC", "April 480 BC": the proleptic year 1 - y, the reference time of what follows ("The following
            // year" is 492 BC, "In September" 480 BC's in a history)
            TimePoint p = new TimePoint(LocalDate.of(1 - y, m == null ? 1 : m, 1),
                    m == null ? Granularity.YEAR : Granularity.MONTH);
            return new Result(p.value(), mod, false, p);
        }
        if (y == null && m != null && a.containsKey("ofRef") && ctx.reference != null) {
            y = yearFromReference(m, Integer.parseInt(a.get("ofRef")), ctx.reference);
        }
        if (y == null && a.containsKey("yshift") && ctx.dct != null) {
            // "June last year": the month of the year counted from the DCT's
            y = ctx.dct.getYear() + Integer.parseInt(a.get("yshift"));
        }
        if (m == null) {
            TimePoint p = new TimePoint(LocalDate.of(y, 1, 1), Granularity.YEAR);
            return new Result(p.value(), mod, false, p);
        }
        Granularity g = d == null ? Granularity.MONTH : Granularity.DAY;
        if (y != null) {
            LocalDate date = d == null ? LocalDate.of(y, m, 1) : LocalDate.of(y, m, d);
            TimePoint p = new TimePoint(date, g);
            return new Result(p.value(), mod, false, p);
        }
        LocalDate sample = LocalDate.of(2000, m, d == null ? 1 : d); // 2000 is a leap year: Feb 29 passes
        if (ctx.dct == null) {
            return new Result(TimePoint.unknownYear(g, sample, null), mod, true, null);
        }
        Integer told = ctx.storyYear(a.direction(), yy -> m);
        if (told != null) {
            LocalDate date = LocalDate.of(told, m, d == null ? 1 : Math.min(d, YearMonth.of(told, m).lengthOfMonth()));
            TimePoint p = new TimePoint(date, g);
            return new Result(p.value(), mod, true, p);
        }
        int dctYear = ctx.dct.getYear();
        if (d == null) {
            long index = dctYear * 12L + m - 1;
            long current = dctYear * 12L + ctx.dct.getMonthValue() - 1;
            Direction dir = a.direction();
            long placed = place(index, current, 12, dir, dir == Direction.FROM_TENSE ? ctx.tense() : null);
            TimePoint p = new TimePoint(LocalDate.of((int) Math.floorDiv(placed, 12), (int) (placed % 12) + 1, 1), g);
            return new Result(p.value(), mod, true, p);
        }
        // a day of a month: compare days, then move by whole years
        LocalDate date = m == 2 && d == 29 ? leapDay(a.direction(), ctx)
                : LocalDate.of(dctYear + yearShift(d2 -> LocalDate.of(d2, m, d), a.direction(), ctx), m, d);
        TimePoint p = new TimePoint(date, Granularity.DAY);
        return new Result(p.value(), mod, true, p);
    }

    /**
     * The year of a month named from the time the text is at: "August of that year" (ofRef=0) in its year, "the
     * previous April" (ofRef=-1) the last April before it, "the following March" (ofRef=1) the next March after it.
     */
    private static int yearFromReference(int month, int side, TimePoint reference) {
        int year = reference.date().getYear();
        int at = reference.date().getMonthValue();
        if (side < 0 && month >= at) {
            return year - 1;
        }
        if (side > 0 && month <= at) {
            return year + 1;
        }
        return year;
    }

    /**
     * "withdrew on February 29": the leap day before the DCT or the one after it, as the direction or the clause's
     * tense says, else the nearer one (a leap day lies up to four years away, where other days lie within one); on
     * a leap day, that day.
     */
    private static LocalDate leapDay(Direction dir, Context ctx) {
        int y = ctx.dct.getYear();
        while (!Year.isLeap(y) || LocalDate.of(y, 2, 29).isAfter(ctx.dct)) {
            y--;
        }
        LocalDate before = LocalDate.of(y, 2, 29);
        y = ctx.dct.getYear();
        while (!Year.isLeap(y) || LocalDate.of(y, 2, 29).isBefore(ctx.dct)) {
            y++;
        }
        LocalDate after = LocalDate.of(y, 2, 29);
        if (dir == Direction.FROM_TENSE && ctx.start > 0 && "since".equals(ctx.tokens.lower[ctx.start - 1])) {
            return before;
        }
        Tense tense = dir == Direction.FROM_TENSE ? ctx.tense() : null;
        if (dir == Direction.LAST || tense == Tense.PAST) {
            return before;
        }
        if (dir == Direction.NEXT || tense == Tense.FUTURE) {
            return after;
        }
        return ctx.dct.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ctx.dct.toEpochDay() ? before : after;
    }

    /**
     * The year, counted from the DCT's, of a day named without its year. It is the nearest such day: news rarely
     * name a date more than half a year away without its year. The tense of the clause (often that of a reporting
     * verb) only overrides that for a day months away on the side it contradicts: "was last seen Nov. 3" written
     * in May; "accepted an invitation to spend Bastille Day in Paris" two weeks before it is this year's.
     */
    static int yearShift(IntFunction<LocalDate> dayIn, Direction dir, Context ctx) {
        int dctYear = ctx.dct.getYear();
        long index = dayIn.apply(dctYear).toEpochDay();
        long current = ctx.dct.toEpochDay();
        if (dir == Direction.FROM_TENSE && ctx.start > 0 && "since".equals(ctx.tokens.lower[ctx.start - 1])) {
            dir = Direction.LAST; // "since year-end": a day that has passed
        }
        if (dir == Direction.LAST) {
            return index >= current ? -1 : 0;
        }
        if (dir == Direction.NEXT) {
            return index <= current ? 1 : 0;
        }
        int shift = 0;
        if (Math.abs(index - current) > 183) {
            shift = index > current ? -1 : 1;
        }
        long nearest = dayIn.apply(dctYear + shift).toEpochDay();
        if (Math.abs(nearest - current) > CONTRADICTED_DAYS) {
            Tense tense = ctx.tense();
            if (tense == Tense.PAST && nearest > current) {
                shift--;
            } else if (tense == Tense.FUTURE && nearest < current) {
                shift++;
            }
        }
        return shift;
    }

    /** "the week of March 6": the period of the given unit around a date. */
    private static Result around(Result day, Args a, Context ctx) {
        if (day == null || day.point() == null) {
            return day == null ? null : new Result(TimePoint.unknown(Granularity.ofUnit(a.get("unit"))), day.mod(),
                    true, null);
        }
        TimePoint p = day.point().coarsen(Granularity.ofUnit(a.get("unit")));
        return new Result(p.value(), day.mod(), day.relative(), p);
    }

    /** How many tokens after a day named in full a bare weekday of the same name still refers to it. */
    private static final int NAMED_DAY_REACH = 60;

    /**
     * "the last week of March": the ISO week holding the middle of the month's first, second... (n) or last (n=-1)
     * seven days, the month placed as a bare month is.
     */
    private static Result monthWeek(Args a, Context ctx) {
        Result month = date(a, ctx);
        if (month.point() == null) {
            return new Result("XXXX-WXX", a.get("mod"), true, null);
        }
        LocalDate first = month.point().date();
        int n = Integer.parseInt(a.get("n"));
        LocalDate middle = n < 0 ? first.plusMonths(1).minusDays(4) : first.plusDays(7L * n - 4);
        TimePoint p = new TimePoint(middle, Granularity.WEEK);
        return new Result(p.value(), a.get("mod"), month.relative(), p);
    }

    private static Result weekday(Args a, Context ctx) {
        int w = Integer.parseInt(a.get("w"));
        if (ctx.dct == null) {
            return new Result("XXXX-WXX-" + w, a.get("mod"), true, null);
        }
        LocalDate date = weekdayDate(w, a.direction(), ctx);
        if (a.direction() == Direction.FROM_TENSE && ctx.namedDay != null
                && ctx.start - ctx.namedDayEnd <= NAMED_DAY_REACH
                && ctx.namedDay.date().getDayOfWeek().getValue() == w) {
            // "Monday, July 16, 2018 ... arrived Monday": the weekday of the day just named is that day
            date = ctx.namedDay.date();
        }
        if (a.containsKey("before") && ctx.reference != null
                && !Granularity.DAY.finerThan(ctx.reference.granularity())) {
            // "the previous Friday": the one before the day the text is at, not before the DCT
            date = ctx.reference.date().with(TemporalAdjusters.previous(DayOfWeek.of(w)));
        }
        TimePoint p = new TimePoint(date, Granularity.DAY);
        return new Result(p.value(), a.get("mod"), true, p);
    }

    /** How far ahead a possessive weekday ("Saturday's concert") is read as the next one without a future cue. */
    private static final int POSSESSIVE_DAYS_AHEAD = 2;

    private static LocalDate weekdayDate(int w, Direction dir, Context ctx) {
        DayOfWeek day = DayOfWeek.of(w);
        LocalDate dct = ctx.dct;
        if (dir == Direction.LAST) {
            return dct.with(TemporalAdjusters.previous(day));
        }
        if (dir == Direction.NEXT) {
            return dct.with(TemporalAdjusters.next(day));
        }
        Tense tense = ctx.tense();
        LocalDate before = dct.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = dct.with(TemporalAdjusters.nextOrSame(day));
        if (dir == Direction.THIS) {
            return tense == Tense.PAST ? before : after;
        }
        if (tense == Tense.FUTURE || tense == Tense.PROGRESSIVE) {
            return after;
        }
        if (tense != Tense.PAST && ctx.possessive() && ChronoUnit.DAYS.between(dct, after) <= POSSESSIVE_DAYS_AHEAD) {
            // "ahead of Thursday's testimony", "Doors open at 16:00 for Saturday's show": the verb is not the event
            // the weekday dates; without a past cue one a day or two ahead is what the news prepares for, one
            // further ahead rather the last ("over Thursday's closing price" on a Monday)
            return after;
        }
        // news report what happened: without a future cue, the weekday is the last one
        return before;
    }

    private static final String[] SEASONS = {"WI", "SP", "SU", "FA"};

    private static Result season(Args a, Context ctx) {
        String s = a.get("s");
        int pos = java.util.Arrays.asList(SEASONS).indexOf(s);
        Integer y = a.integer("y");
        if (a.containsKey("bc")) {
            // "the autumn of 481 BC": the proleptic year 1 - y, as date's
            TimePoint p = new TimePoint(LocalDate.of(1 - y, pos == 0 ? 1 : pos * 3 + 1, 1), Granularity.SEASON, s, null);
            return new Result(p.value(), a.get("mod"), false, p);
        }
        if (y == null && ctx.dct == null) {
            return new Result("XXXX-" + s, a.get("mod"), true, null);
        }
        if (y == null && a.containsKey("ofRef") && ctx.reference != null) {
            // "that same spring": the season of the year the text is at; "that winter" after a December, the next
            LocalDate at = ctx.reference.date();
            boolean december = ctx.reference.granularity().compareTo(Granularity.MONTH) <= 0 && at.getMonthValue() == 12;
            y = at.getYear() + (pos == 0 && december ? 1 : 0);
        }
        if (y == null && a.containsKey("after") && ctx.reference != null) {
            y = seasonYearFromReference(pos, Integer.parseInt(a.get("after")), ctx.reference);
        }
        int year;
        boolean relative = y == null || a.containsKey("ofRef") || a.containsKey("after");
        Integer told = a.direction() == Direction.FROM_TENSE ? ctx.pastYearTold() : null;
        if (y != null) {
            year = y;
        } else if (told != null) {
            year = told; // "the summer" in a history of 1940: the summer of 1940
        } else {
            int m = ctx.dct.getMonthValue();
            int currentYear = m == 12 ? ctx.dct.getYear() + 1 : ctx.dct.getYear();
            int currentPos = m == 12 || m <= 2 ? 0 : m <= 5 ? 1 : m <= 8 ? 2 : 3;
            Direction dir = a.direction();
            long placed = place(currentYear * 4L + pos, currentYear * 4L + currentPos, 4, dir,
                    dir == Direction.FROM_TENSE ? ctx.tense() : null);
            year = (int) Math.floorDiv(placed, 4);
        }
        TimePoint p = new TimePoint(LocalDate.of(year, pos == 0 ? 1 : pos * 3 + 1, 1), Granularity.SEASON, s, null);
        return new Result(p.value(), a.get("mod"), relative, p);
    }

    /**
     * The year of "the following spring" (side 1: the first spring that begins after the time the text is at ends)
     * or "the previous winter" (side -1: the last that ends before it begins). A winter is its January's year, and
     * begins the December before.
     */
    private static int seasonYearFromReference(int pos, int side, TimePoint reference) {
        LocalDate from = reference.date();
        LocalDate to = switch (reference.granularity()) {
            case TIME, DAY -> from;
            case WEEKEND, WEEK -> from.plusDays(6);
            case MONTH -> from.withDayOfMonth(from.lengthOfMonth());
            case SEASON -> {
                from = from.withDayOfMonth(1).minusMonths(1);
                yield from.plusMonths(3).minusDays(1);
            }
            case QUARTER -> from.plusMonths(3).minusDays(1);
            case HALF -> from.plusMonths(6).minusDays(1);
            case YEAR -> from.withDayOfYear(1).plusYears(1).minusDays(1);
            case DECADE -> from.plusYears(10).minusDays(1);
            case CENTURY -> from.plusYears(100).minusDays(1);
        };
        int year = from.getYear() - 2;
        if (side > 0) {
            while (!seasonStart(pos, year).isAfter(to)) {
                year++;
            }
            return year;
        }
        year = to.getYear() + 2;
        while (!seasonStart(pos, year).plusMonths(3).minusDays(1).isBefore(from)) {
            year--;
        }
        return year;
    }

    /** The first day of the season (WI, SP, SU, FA as 0-3) of a year: a winter begins the December before. */
    private static LocalDate seasonStart(int pos, int year) {
        return pos == 0 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, pos * 3, 1);
    }

    /** Quarters and halves: "the third quarter", "the first half of 1990". */
    private static Result part(Args a, Context ctx, Granularity g, int months) {
        int n = Integer.parseInt(a.get("n"));
        int perYear = 12 / months;
        if (n < 1 || n > perYear) {
            return null;
        }
        Integer y = a.integer("y");
        if (y == null && ctx.dct == null) {
            return new Result(TimePoint.unknownYear(g, LocalDate.of(2000, (n - 1) * months + 1, 1), null),
                    a.get("mod"), true, null);
        }
        int year;
        if (y != null) {
            year = y;
        } else if (a.containsKey("yshift")) {
            year = ctx.dct.getYear() + Integer.parseInt(a.get("yshift"));
        } else {
            int current = (ctx.dct.getMonthValue() - 1) / months;
            Direction dir = a.direction();
            // a quarter reported on is of the DCT's year unless the verb is past and that quarter is still to
            // come: "fourth-quarter sales fell" in February is last year's fourth quarter
            if (dir == Direction.FROM_TENSE) {
                dir = ctx.tense() == Tense.PAST && n - 1 > current ? Direction.LAST : Direction.THIS;
            }
            long placed = place(ctx.dct.getYear() * (long) perYear + n - 1,
                    ctx.dct.getYear() * (long) perYear + current, perYear, dir, null);
            year = (int) Math.floorDiv(placed, perYear);
        }
        TimePoint p = new TimePoint(LocalDate.of(year, (n - 1) * months + 1, 1), g);
        return new Result(p.value(), a.get("mod"), y == null, p);
    }

    /**
     * A fixed value: const(v=PRESENT_REF). With unlessPast=1 the expression is none in a past clause, or in a history
     * told at a past year: "soon" ahead of now is FUTURE_REF, but "he was soon released" and "another fleet would
     * soon be sent" (in an account of 1905) are soon after another event.
     */
    private static Result constant(Args a, Context ctx) {
        if (a.containsKey("unlessPast") && (ctx.tense() == Tense.PAST || ctx.pastYearTold() != null)) {
            return null;
        }
        return new Result(a.get("v"), a.get("mod"), false, null);
    }

    /** The day an expression of time of day belongs to: its weekday, a shift from the DCT, or the reference. */
    private static LocalDate dayOf(Args a, Context ctx) {
        if (a.containsKey("w")) {
            return weekdayDate(Integer.parseInt(a.get("w")), a.direction(), ctx);
        }
        if (a.containsKey("m") && a.containsKey("d")) {
            if (!a.containsKey("y")) {
                // "at 5 am on 16th November": the day is placed as the date alone is, by the story or the tense
                Result day = date(new Args(Map.of("m", a.get("m"), "d", a.get("d"))), ctx);
                if (day != null && day.point() != null && day.point().granularity() == Granularity.DAY) {
                    return day.point().date();
                }
            }
            int year = a.containsKey("y") ? a.integer("y") : ctx.dct.getYear();
            return LocalDate.of(year, Integer.parseInt(a.get("m")), Integer.parseInt(a.get("d")));
        }
        int shift = Integer.parseInt(a.getOrDefault("shift", "0"));
        if (a.containsKey("before") && ctx.reference != null
                && ctx.reference.granularity().compareTo(Granularity.DAY) <= 0) {
            // "closed lower Friday ... depressed by overnight losses": the night before the day the text is at
            return ctx.reference.date().plusDays(shift);
        }
        if (shift == 0 && !a.containsKey("today") && ctx.reference != null
                && ctx.reference.granularity().compareTo(Granularity.DAY) <= 0) {
            return ctx.reference.date();
        }
        return ctx.dct.plusDays(shift);
    }

    /**
     * A clock time: time(h=$h, min=$min, ampm=$ampm), on the DCT's day unless a day is given; the seconds only when
     * the text gives them (sec=$sec).
     */
    private static Result time(Args a, Context ctx) {
        int h = Integer.parseInt(a.get("h"));
        int min = Integer.parseInt(a.getOrDefault("min", "0"));
        String ampm = a.get("ampm");
        if (h > 24 || min > 59 || ampm != null && (h > 12 || h == 0)) {
            return null;
        }
        if ("pm".equals(ampm) && h < 12) {
            h += 12;
        } else if ("am".equals(ampm) && h == 12) {
            h = 0;
        }
        // ISO 8601's UTC designator; other zones are named, not offset, in TimeML practice ("8 p.m. EST" is T20:00)
        String clock = "T" + TimePoint.pad(h, 2) + ":" + TimePoint.pad(min, 2)
                + (a.containsKey("sec") ? ":" + TimePoint.pad(Integer.parseInt(a.get("sec")), 2) : "")
                + ("UTC".equals(a.get("tz")) || "GMT".equals(a.get("tz")) ? "Z" : "");
        if (ctx.dct == null) {
            return new Result("XXXX-XX-XX" + clock, a.get("mod"), true, null);
        }
        TimePoint p = new TimePoint(dayOf(a, ctx), Granularity.DAY).withTime(clock);
        return new Result(p.value(), a.get("mod"), true, new TimePoint(p.date(), Granularity.DAY));
    }

    /** A part of a day: pod(p=MO, w=$w) for "Friday morning", pod(p=NI, shift=-1) for "last night". */
    private static Result pod(Args a, Context ctx) {
        String part = a.get("p");
        if (ctx.dct == null) {
            String day = a.containsKey("w") ? "XXXX-WXX-" + a.get("w") : "XXXX-XX-XX";
            return new Result(day + "T" + part, a.get("mod"), true, null);
        }
        LocalDate day = dayOf(a, ctx);
        TimePoint p = new TimePoint(day, Granularity.DAY).withTime("T" + part);
        // the night before the day the text is at leaves the text at that day: a second "overnight" is the same night
        TimePoint reference = a.containsKey("before") ? null : new TimePoint(day, Granularity.DAY);
        return new Result(p.value(), a.get("mod"), true, reference);
    }

    /** "the 1990s" decade(y=1990); "the nineties" decade(y=1990); "the last decade" via rel. */
    private static Result decade(Args a, Context ctx) {
        int y = Integer.parseInt(a.get("y"));
        // "the 1800s", "the early 1900s" are centuries in English usage; "the 2000s" is rather the decade, and
        // "1000s" mostly a count ("1000s dead")
        Granularity g = y % 100 == 0 && y > 1000 && y < 2000 ? Granularity.CENTURY : Granularity.DECADE;
        TimePoint p = new TimePoint(LocalDate.of(y, 1, 1), g);
        return new Result(p.value(), a.get("mod"), false, p);
    }

    /**
     * "the 20th century" century(n=20); "the fourth century BC" century(n=4, bc=1), BC03 as TimeML writes the
     * years before Christ, and no reference time for what follows.
     */
    private static Result century(Args a, Context ctx) {
        int n = Integer.parseInt(a.get("n"));
        if (a.containsKey("bc")) {
            return new Result("BC" + TimePoint.pad(n - 1, 2), a.get("mod"), false, null);
        }
        TimePoint p = new TimePoint(LocalDate.of((n - 1) * 100, 1, 1), Granularity.CENTURY);
        return new Result(p.value(), a.get("mod"), false, p);
    }
}

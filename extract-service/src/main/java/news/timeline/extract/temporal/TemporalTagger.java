package news.timeline.extract.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.timeline.extract.text.PredicateScope;

/**
 * Finds temporal expressions in English text and normalizes them against a reference date. Rules, word classes,
 * tense cues and modifiers are data under {@code temporal/} on the class path. Immutable once loaded, so one
 * instance serves any number of threads.
 */
public final class TemporalTagger {
    /** How many years named in full, long before the DCT, make a text a history rather than a report. */
    private static final int HISTORY_YEARS = 10;
    /** How long ago a history's story must lie for a year near the DCT to be an aside of the writer's time. */
    private static final int ASIDE_STORY_YEARS_BACK = 30;
    /** How near the DCT a year of the writer's own time lies. */
    private static final int ASIDE_YEARS_BEFORE_DCT = 10;
    /** How many years past the story's time a plan it tells of may reach. */
    private static final int PLAN_YEARS_AHEAD = 10;
    /**
     * How many such years a history names for every year it names near or after the DCT: three for two, so that an
     * account that reaches the present (a war of 2003 to 2009 told in December 2009) is still one.
     */
    private static final double HISTORY_YEARS_PER_RECENT = 1.5;
    /** At most how many tokens a history has per such year: an account names its years throughout. */
    private static final int HISTORY_TOKENS_PER_YEAR = 250;
    /** How many sections headed by a past year (a line holding nothing but the year) make a text a history. */
    private static final int HISTORY_YEAR_HEADINGS = 2;

    /** How far back a quarter may begin and still be the one a report is on: a year, and the quarter after. */
    private static final long REPORTED_QUARTER_MONTHS = 15;

    private final Tokenizer tokenizer;
    private final RuleMatcher matcher;
    private final TenseCues cues;
    private final Modifiers modifiers;
    private final Normalizer normalizer = new Normalizer();
    private final ExpressionClause clauses = new ExpressionClause(new PredicateScope());

    private TemporalTagger(Lexicon lexicon, RuleBook rules, TenseCues cues, Modifiers modifiers) {
        Set<String> vocabulary = new HashSet<>(lexicon.words());
        vocabulary.addAll(rules.words());
        vocabulary.addAll(cues.words());
        vocabulary.addAll(modifiers.words());
        vocabulary.addAll(NumberShape.WORDS);
        this.tokenizer = new Tokenizer(lexicon.abbreviations(), lexicon.ofClass("noend"), vocabulary);
        this.matcher = new RuleMatcher(rules.rules, lexicon);
        this.cues = cues;
        this.modifiers = modifiers;
    }

    /** The tagger with the rules shipped in this package's resources. */
    public static TemporalTagger load() {
        return new TemporalTagger(Lexicon.parse(RuleBook.resourceLines("lexicon.tsv")),
                RuleBook.parse(RuleBook.resourceLines("rules.txt"), false),
                TenseCues.parse(RuleBook.resourceLines("tense-cues.tsv")),
                Modifiers.parse(RuleBook.resourceLines("modifiers.tsv")));
    }

    /**
     * @param text the text to tag
     * @param dct  the document creation time, or null when it is unknown
     * @return the expressions in text order, not overlapping
     */
    public List<Timex> tag(CharSequence text, LocalDate dct) {
        Tokens tokens = tokenizer.tokenize(text);
        List<RuleMatcher.Match> matches = matcher.matchAll(tokens);
        Normalizer.Context ctx = new Normalizer.Context(tokens, dct, cues, clauses);
        ctx.history = tellsHistory(matches, tokens, dct);
        List<Timex> result = new ArrayList<>(matches.size());
        int previousEnd = 0;
        for (int k = 0; k < matches.size(); k++) {
            RuleMatcher.Match m = matches.get(k);
            ctx.start = m.start();
            ctx.end = m.end();
            Normalizer.Result r = normalizer.apply(m.rule(), m.captures(), ctx);
            if (r == null) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            String mod = r.mod();
            TimexType type = m.rule().type();
            int nextStart = k + 1 < matches.size() ? matches.get(k + 1).start() : tokens.size;
            boolean vague = r.value().endsWith("_REF");
            Modifiers.Found pre = vague ? null : modifiers.find(tokens, start, end, type, true, previousEnd);
            if (pre != null) {
                start -= pre.modifier().outside() ? 0 : pre.length();
                mod = mod == null ? pre.modifier().mod() : mod;
            }
            Modifiers.Found post = vague ? null : modifiers.find(tokens, start, end, type, false, nextStart);
            if (post != null) {
                end += post.length();
                mod = mod == null ? post.modifier().mod() : mod;
            }
            if (r.point() != null && !opensSpanToNow(tokens, m.start(), m.end()) && !bracketed(tokens, start, end)
                    && !plannedYearAfterFinerPoint(r.point(), ctx)
                    && !flashbackYearBeforeFinerPoint(r.point(), ctx)) {
                if (!writersOwnYear(r.point(), ctx, dct)) {
                    ctx.asideStoryYear = null;
                } else if (ctx.asideStoryYear == null) {
                    ctx.asideStoryYear = ctx.reference.date().getYear();
                }
                ctx.reference = r.point();
                if (r.point().granularity().compareTo(Granularity.MONTH) <= 0) {
                    ctx.monthReference = r.point();
                }
                if (!r.relative() && r.point().granularity() == Granularity.DAY) {
                    ctx.namedDay = r.point();
                    ctx.namedDayEnd = m.end();
                }
                if (r.point().granularity() == Granularity.QUARTER) {
                    ctx.quarter = r.point();
                    if (dct == null || !r.point().date().isAfter(dct)
                            && r.point().date().isAfter(dct.minusMonths(REPORTED_QUARTER_MONTHS))) {
                        // a report is on a quarter that has begun, and lately: a forecast for a later one, or a
                        // quarter of history ("registered in the fourth quarter of 1854"), compares with nothing
                        ctx.reported = r.point();
                    }
                }
            }
            previousEnd = end;
            int from = tokens.start[start];
            int to = tokens.end[end - 1];
            result.add(new Timex(from, to, text.subSequence(from, to).toString(), type, r.value(), mod,
                    r.relative(), r.freq(), r.quant()));
        }
        return result;
    }

    /**
     * Whether a year is named as what lies ahead of the story's time ("the big push planned for 1976", "a campaign
     * that would follow in 1976") while the story stands on a day or a month: the story stays where it is, and
     * "On 11 March" after it is still that year's March. A plan reaches a few years past the story's time; a year
     * far past it is the writer's own time ("researching a family of the 1880s ... I intend to visit in late 2007"),
     * and the text goes on from there.
     */
    private static boolean plannedYearAfterFinerPoint(TimePoint point, Normalizer.Context ctx) {
        if (point.granularity() != Granularity.YEAR || ctx.reference == null
                || !ctx.reference.granularity().finerThan(Granularity.YEAR)) {
            return false;
        }
        int ahead = point.date().getYear() - ctx.reference.date().getYear();
        return ahead > 0 && ahead <= PLAN_YEARS_AHEAD && ctx.tense() == Tense.FUTURE;
    }

    /**
     * Whether a year is named in a past perfect, a step back from the story's time ("Chinese forces that had invaded
     * Northern Burma in late 1943 besieged ..." in an account at May 1944), while the story stands on a day or a
     * month: the story stays where it is, and "By June" after it is still 1944's June.
     */
    private static boolean flashbackYearBeforeFinerPoint(TimePoint point, Normalizer.Context ctx) {
        if (point.granularity() != Granularity.YEAR || ctx.reference == null
                || !ctx.reference.granularity().finerThan(Granularity.YEAR)) {
            return false;
        }
        return point.date().getYear() < ctx.reference.date().getYear() && ctx.pastPerfect();
    }

    /**
     * Whether a year is the writer's own time named in an aside of a history whose story lies decades back ("documents
     * found in 2004 proved that the breaking of Red Army ciphers ..." in an account of 1920): a month or day named
     * without its year after it is still the story's ("on August 17" is 1920's), while what refers to the year itself
     * is the aside's ("I intend to visit in late 2007 ... at the end of the year").
     */
    private static boolean writersOwnYear(TimePoint point, Normalizer.Context ctx, LocalDate dct) {
        if (!ctx.history || dct == null || point.granularity() != Granularity.YEAR || ctx.reference == null) {
            return false;
        }
        int year = point.date().getYear();
        return dct.getYear() - ctx.reference.date().getYear() >= ASIDE_STORY_YEARS_BACK
                && year <= dct.getYear() && dct.getYear() - year <= ASIDE_YEARS_BEFORE_DCT;
    }

    /**
     * Whether the expression at start follows "since": it opens a span that runs up to the time the text is at
     * ("the largest cavalry battle since 1813", "the first incursion since 1995"), so the text stays at that time
     * and what follows is not placed from the span's start. A clause of "when" after it tells what happened then,
     * and the text goes on from there ("since April 20, when an explosion killed 11 men. Two days later, ...").
     */
    private static boolean opensSpanToNow(Tokens tokens, int start, int end) {
        if (start == 0 || !"since".equals(tokens.lower[start - 1])) {
            return false;
        }
        int next = end < tokens.size && ",".equals(tokens.lower[end]) ? end + 1 : end;
        return next >= tokens.size || !"when".equals(tokens.lower[next]);
    }

    /**
     * Whether the expression is all that stands between brackets: an aside that dates what it follows ("the Civil
     * Constitution of the Clergy (1790)"), after which the account goes on where it was.
     */
    private static boolean bracketed(Tokens tokens, int start, int end) {
        return start > 0 && end < tokens.size && "(".equals(tokens.lower[start - 1]) && ")".equals(tokens.lower[end]);
    }

    /**
     * Whether the text tells history: it names at least {@link #HISTORY_YEARS} years in full that lie more than a
     * year before the DCT's, {@link #HISTORY_YEARS_PER_RECENT} of them for every later year it names, and one at
     * least every {@link #HISTORY_TOKENS_PER_YEAR} tokens (an encyclopedia's account of a war, a biography). A news
     * report names past years in passing and its own year or the next often, and a page that gathers many short
     * items (a week's programmes, readers' letters) names its past years far apart: their months without a year
     * are read from the date. An account divided into sections headed by past years ("1936", then what happened
     * that year) tells history however few years its sentences name: the headings name them.
     */
    private static boolean tellsHistory(List<RuleMatcher.Match> matches, Tokens tokens, LocalDate dct) {
        if (dct == null) {
            return false;
        }
        int past = 0;
        int recent = 0;
        int headings = 0;
        for (RuleMatcher.Match m : matches) {
            String y = m.captures().get("y");
            boolean bc = m.rule().arguments().containsKey("bc");
            if (y != null && (y.length() == 4 || bc) && y.chars().allMatch(Character::isDigit)) {
                if (bc || Integer.parseInt(y) < dct.getYear() - 1) {
                    past++;
                    if (m.end() - m.start() == 1 && aloneOnItsLine(tokens, m.start())) {
                        headings++;
                    }
                } else {
                    recent++;
                }
            }
        }
        return headings >= HISTORY_YEAR_HEADINGS || past >= HISTORY_YEARS && past >= HISTORY_YEARS_PER_RECENT * recent
                && (long) past * HISTORY_TOKENS_PER_YEAR >= tokens.size;
    }

    /** Whether the token is all its line holds: a heading, not a word of a sentence. */
    private static boolean aloneOnItsLine(Tokens tokens, int token) {
        return (token == 0 || tokens.lineBreakBefore(token))
                && (token + 1 == tokens.size || tokens.lineBreakBefore(token + 1));
    }
}

package news.timeline.timeline.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's statement made fit to stand alone on a timeline: the leftovers of page layout that extraction keeps at
 * the start of a sentence (a photo credit, a dateline with its clock time, an opening quote mark) are cut off; what a
 * timeline item says by itself is trimmed (its own date, since the item is headed by it; a connective that leans on
 * the sentence before; a trailing ", he said"); and a statement that leans on what came before it (opens with a
 * pronoun or a connective, is a fragment or a question) is told apart from a self-contained one.
 */
public final class Statements {

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(?:Photograph|Photo|Picture|Image)\\s*:\\s*(?:\\S+\\s+){0,4}?\\S*\\\\?/\\s*\\S+\\s+");
    private static final Pattern DATELINE = Pattern.compile("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?"
            + "\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}\\s+\\d{1,2}[.:]\\d{2}\\s+(?:[A-Z]{2,4}\\s+)?");
    /** A wire agency's dateline and byline ahead of its lead: "HOUSTON | Thu Apr 22 , 2010 ... HOUSTON (Reuters) - ". */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^.{0,200}?(?:-LRB-|\\()\\s*(?:Reuters|AP|AFP|Bloomberg)\\s*(?:-RRB-|\\))\\s*-{1,2}\\s*");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^(?:''|``|\"|')\\s*");
    private static final Set<String> LEANING_OPENERS = Set.of("he", "she", "they", "it", "this", "that", "these",
            "those", "his", "her", "their", "its", "but", "and", "or", "so", "however", "also", "meanwhile", "then",
            "there", "here", "we", "i", "you", "yet", "still", "instead");
    /** "But", "However ,": they lean on a sentence the timeline does not show; the clause after stands alone. */
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?:(?:But|And|Also)\\s+,?\\s*"
            + "|(?:However|Meanwhile|Moreover|Furthermore|Nevertheless|In\\s+addition|Separately|Indeed)\\s*,\\s*)"
            + "(?=\\p{L})");
    /**
     * A trailing attribution to a pronoun (", he said .", ", '' she told reporters on Tuesday ."): the pronoun's
     * antecedent is in a sentence the timeline does not show. An attribution that names its source stays: who said it
     * is part of the news.
     */
    private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile("\\s*,\\s*(?:''\\s*)?"
            + "(?:(?:he|she|they|we|I)\\s+(?:said|says|added|adds|told\\s+(?:reporters|journalists))"
            + "|(?:said|says|added)\\s+(?:he|she))"
            + "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
            + "\\s*([.!])\\s*$");
    /**
     * An aside in brackets ("29 billion pounds ( $ 42 billion )", "the Centers for Disease Control ( CDC )"): the
     * sentence reads without it, and a journalist's timeline item leaves it out.
     */
    private static final Pattern BRACKETED_ASIDE = Pattern.compile(
            "\\s*(?:-LRB-|\\(|\\[)[^()\\[\\]]{0,80}?(?:-RRB-|\\)|\\])");
    /**
     * A participial tail after the main clause (", adding that ...", ", saying ...", ", citing ...", ", according to
     * ..."): background or a source, not what happened.
     */
    private static final Pattern PARTICIPIAL_TAIL = Pattern.compile("\\s*,\\s*(?:adding|saying|noting|citing"
            + "|according|stressing|warning|arguing|claiming|insisting|explaining)\\b[^;]*?([.!]?)\\s*$");
    /**
     * A leading time adverbial set off by a comma ("On Tuesday night , ", "Earlier this month , ", "As of Monday , "):
     * the item is headed by its date, so the adverbial repeats or blurs it. "By Thursday" and "Since Monday" bound the
     * clause and stay.
     */
    private static final Pattern LEADING_TIME = Pattern.compile("^(?:Earlier|Later|Late|Early|Last|This|On|In"
            + "|As\\s+of|During|Over|At)\\s+(?:[\\w'-]+\\s+){0,3}?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|today|yesterday|week|weekend|month|year|morning|afternoon|evening|night|earlier|day)"
            + "\\s*,\\s*");
    /** Words that tie a date to its clause and go with it ("on Tuesday", "late on Tuesday", "in April"). */
    private static final Pattern DATE_PREPOSITION = Pattern.compile(
            "(?i)(?:^|\\s)(?:(?:late|early)\\s+)?(?:on|in|at|during)\\s*$");
    /** Words whose date cannot go without changing the clause ("since Monday", "by Friday", "until June"). */
    private static final Pattern BOUNDING_PREPOSITION = Pattern.compile(
            "(?i)(?:^|\\s)(?:since|by|until|till|from|before|after|through|to|between|of|than|for)\\s*$");
    /** Punctuation that ends the phrase a date stands in: the date is not a part of what follows. */
    private static final Pattern PHRASE_END = Pattern.compile("[,.;:!?)]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 50;

    private Statements() {
    }

    public static String clean(String statement) {
        if (statement == null) {
            return "";
        }
        String s = statement.strip();
        String before;
        do {
            before = s;
            s = OPENING_QUOTE.matcher(AGENCY_DATELINE.matcher(DATELINE.matcher(PHOTO_CREDIT.matcher(s)
                    .replaceFirst("")).replaceFirst("")).replaceFirst("")).replaceFirst("").strip();
        } while (!s.equals(before));
        return s;
    }

    /**
     * What a report says on a timeline: its sentence (else its concise statement) cleaned, without its own date
     * expression (the date's text, found at {@code dateFrom} in the sentence, else where it first occurs), trimmed.
     */
    public static String ofReport(String sentence, String text, String dateText, int dateFrom) {
        boolean whole = sentence != null && !sentence.isBlank();
        String source = whole ? sentence : text;
        if (source == null) {
            return "";
        }
        int from = -1;
        if (dateText != null && !dateText.isEmpty()) {
            boolean placed = whole && dateFrom >= 0 && source.startsWith(dateText, dateFrom);
            from = placed ? dateFrom : source.indexOf(dateText);
        }
        String cleaned = clean(source);
        // Cleaning cuts a prefix and blanks at either end: the date moves left by what was cut.
        int shift = source.indexOf(cleaned);
        String dateless = from - shift < 0 ? cleaned
                : withoutDate(cleaned, from - shift, from - shift + dateText.length());
        return dateless.isEmpty() ? dateless : trim(dateless);
    }

    /**
     * A cleaned statement with its leading connective or time adverbial, its bracketed asides, a participial tail and
     * a trailing attribution to a pronoun cut off: what stays is the sentence's own clause.
     */
    public static String trim(String cleaned) {
        String s = LEADING_TIME.matcher(LEADING_CONNECTIVE.matcher(cleaned).replaceFirst("")).replaceFirst("");
        if (!s.isEmpty() && !s.equals(cleaned)) {
            s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        s = BRACKETED_ASIDE.matcher(s).replaceAll("");
        return withoutTail(withoutTail(s, PARTICIPIAL_TAIL), PRONOUN_ATTRIBUTION);
    }

    /** The statement without the tail {@code tail} finds, its end mark (group 1) kept where the tail began. */
    private static String withoutTail(String s, Pattern tail) {
        Matcher m = tail.matcher(s);
        if (!m.find() || m.start() == 0) {
            return s;
        }
        // The full stop takes the comma's place, spaced as the comma was ("well , he said ." or "well, he said.").
        String mark = m.group(1);
        String space = !mark.isEmpty() && Character.isWhitespace(s.charAt(m.start())) ? " " : "";
        return s.substring(0, m.start()) + space + mark;
    }

    /**
     * A sentence without its date expression at [from, to): a timeline item is headed by its date, so "BP capped the
     * well on Thursday ." reads "BP capped the well .". The date goes only where it is a phrase of its own: tied to
     * the clause by a preposition that goes with it ("on", "late on", "in"), or set off by punctuation ("Yesterday ,
     * ...", "... the well Thursday ."). A date that bounds the clause ("since Monday", "by Friday") or is a part of it
     * ("Tuesday 's vote", "Tuesday was ...") stays, as does any date whose offsets do not fit the sentence.
     */
    public static String withoutDate(String sentence, int from, int to) {
        if (sentence == null || from < 0 || to > sentence.length() || from >= to) {
            return sentence;
        }
        String before = sentence.substring(0, from);
        String after = sentence.substring(to).stripLeading();
        String gap = sentence.substring(to, sentence.length() - after.length());
        Matcher tie = DATE_PREPOSITION.matcher(before);
        boolean tied = tie.find();
        boolean setOff = after.isEmpty() || PHRASE_END.matcher(after).lookingAt();
        if (BOUNDING_PREPOSITION.matcher(before).find() || !tied && !setOff) {
            return sentence;
        }
        before = (tied ? before.substring(0, tie.start()) : before).stripTrailing();
        if (after.startsWith(",") && (before.isEmpty() || before.endsWith(","))) {
            // "On Tuesday , BP said ..." and "BP , on Tuesday , said ...": the commas went with the date.
            after = after.substring(1).stripLeading();
            before = before.isEmpty() ? before : before.substring(0, before.length() - 1).stripTrailing();
        }
        // Punctuation keeps the spacing it had after the date: "in Kirsk on Monday." reads "in Kirsk.".
        String joined = SPACES.matcher((before + (PHRASE_END.matcher(after).lookingAt() ? gap : " ") + after).strip())
                .replaceAll(" ");
        if (joined.isEmpty() || !before.isEmpty()) {
            return joined;
        }
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }

    /** A statement a reader understands without the sentences around it. */
    public static boolean selfContained(String cleaned) {
        List<String> words = ContentWords.tokens(cleaned);
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || cleaned.endsWith("?") || cleaned.endsWith(":")) {
            return false;
        }
        return !LEANING_OPENERS.contains(words.get(0)) && Character.isUpperCase(cleaned.codePointAt(0));
    }
}

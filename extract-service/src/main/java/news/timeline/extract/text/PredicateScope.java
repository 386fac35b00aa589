package news.timeline.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the words that speak for the status of a dated statement: the clause the date belongs to, cut down to the
 * predicate the date attaches to. A clause ends at the linking words of status-scope.tsv, at ; : dashes, brackets,
 * quote marks and a sentence's end (the corpus glues quotes to the sentence that reports them), and after a
 * reporting verb with its date and hearer: "told reporters Tuesday | that no formal work has begun" leaves the
 * denial to the reported clause. Within the clause, a date after a verb attaches to what comes before it, so the
 * scope ends with the date ("said on Monday", not what follows); a date that opens its clause ("On Monday, BP
 * will ...") reaches the first verb group after it. Whether the date only modifies a noun ("last week's explosion",
 * "the 2010 spill") is told apart: one not ahead is a thing that happened, whatever the clause says of it. The
 * temporal tagger asks it too, for the verb that places a bare month or weekday before or after the publication
 * date.
 */
public final class PredicateScope {

    /**
     * The words a status is read from.
     *
     * @param start       where they start in the article text
     * @param end         just past them
     * @param condition   whether the clause is a condition ("if", "unless", "whether")
     * @param reported    whether the clause is what a reporting verb reports ("said it would ...")
     * @param aboveStart  start of the words a "that" clause hangs on ("It seems unlikely | that ..."), or -1
     * @param aboveEnd    end of it
     * @param nominal     whether the date only modifies a noun
     */
    public record Scope(int start, int end, boolean condition, boolean reported, int aboveStart, int aboveEnd,
            boolean nominal) {
    }

    /** Punctuation that closes a clause: ; : dashes, brackets, quote marks, a sentence's end. */
    private static final Pattern CLOSES = Pattern.compile("[;:—–()\\[\\]“”\"]|``|''"
            + "|(?<![\\p{L}\\p{N}])['`‘’](?![\\p{L}\\p{N}])|\\s-{1,2}\\s|[.!?]\\s|-[LR]RB-");
    /** The characters of which each alternative of {@link #CLOSES} takes at least one. */
    private static final String CLOSING_MARKS = ";:—–()[]“”\"`'‘’-.!?";
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "has", "had", "not",
            "n't", "never", "also", "still", "just", "already", "now", "yet", "to");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from", "by", "with",
            "during", "since", "until", "before", "after", "about", "over", "into", "like");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "your", "my", "this", "these", "those");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "to", "that", "when", "as", "than", "but",
            "he", "she", "they", "it", "we", "i", "you", "there", "a", "an", "the");
    private static final Pattern POSSESSIVE = Pattern.compile("\\s?['’]s(?![\\p{L}])");
    private static final Set<String> HEARERS_AFTER = Set.of("told", "tells", "tell");
    private static final int LOOKAHEAD = 12;
    private static final int CONDITION_REACH = 3;
    private static final int HEDGE_REACH = 3;

    private final Map<String, String> links = new HashMap<>();
    /** The first words of the two-word links ("in case"): no other word needs its pair with the next looked up. */
    private final Set<String> pairStarts = new HashSet<>();
    private final Set<String> reportingVerbs = WordLists.lowercase("reporting-verbs.txt");

    public PredicateScope() {
        for (String line : WordLists.lines("status-scope.tsv")) {
            String[] parts = line.split("\t");
            String link = parts[0].toLowerCase(Locale.ROOT);
            links.put(link, parts[1]);
            if (link.indexOf(' ') > 0) {
                pairStarts.add(link.substring(0, link.indexOf(' ')));
            }
        }
    }

    public Scope of(String text, int sentenceStart, int sentenceEnd, int dateStart, int dateEnd, IntPredicate inDate) {
        return of(text, Word.of(text, sentenceStart, sentenceEnd), dateStart, dateEnd, inDate);
    }

    /** The same, given the sentence's words ({@link Word#of(String, int, int)} of it) when the caller has them. */
    public Scope of(String text, List<Word> words, int dateStart, int dateEnd, IntPredicate inDate) {
        int first = 0;
        while (first < words.size() && words.get(first).end() <= dateStart) {
            first++;
        }
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).start() < dateEnd) {
            last++;
        }
        if (first >= words.size()) {
            return new Scope(dateStart, dateEnd, false, false, -1, -1, false);
        }
        int open = first;
        while (open > 0 && !opensAt(text, words, open, inDate)) {
            open--;
        }
        int close = last + 1;
        while (close < words.size() && !opensAt(text, words, close, inDate)) {
            close++;
        }
        String opener = open == 0 ? "" : openerAt(text, words, open, inDate);
        boolean condition = "condition".equals(opener)
                || "punctuation".equals(opener) && conditionJustBefore(words, open);
        boolean reported = "reported".equals(opener)
                || "that".equals(words.get(open).lower()) && open > 0
                && reportingHeadEndsAt(text, words, open - 1, inDate);
        int aboveStart = -1;
        int aboveEnd = -1;
        if (open > 0 && "that".equals(words.get(open).lower())) {
            int above = open - 1;
            while (above > 0 && !opensAt(text, words, above, inDate)) {
                above--;
            }
            // only the words next to "that": "seems unlikely that", not "could sell the plant that it bought"
            aboveStart = words.get(Math.max(above, open - HEDGE_REACH)).start();
            aboveEnd = words.get(open - 1).end();
        }
        int start = words.get(open).start();
        int end = words.get(close - 1).end();
        boolean verbBefore = false;
        for (int k = open; k < first; k++) {
            verbBefore |= !inDate.test(words.get(k).start()) && Verbs.isFinite(words.get(k));
        }
        if (verbBefore) {
            end = dateEnd;
        } else {
            end = Math.max(dateEnd, firstVerbGroupEnd(text, words, last + 1, close, end));
        }
        return new Scope(start, end, condition, reported, aboveStart, aboveEnd,
                nominal(text, words, first, last, dateEnd));
    }

    /** Whether a clause opens at word k: punctuation before it, a linking word, or the end of a reporting head. */
    private boolean opensAt(String text, List<Word> words, int k, IntPredicate inDate) {
        return openerAt(text, words, k, inDate) != null;
    }

    /** What opens a clause at word k ("punctuation", "reported", or a status-scope.tsv kind), or null. */
    private String openerAt(String text, List<Word> words, int k, IntPredicate inDate) {
        if (k == 0) {
            return "start";
        }
        if (closesBetween(text, words.get(k - 1), words.get(k))) {
            return "punctuation";
        }
        if (reportingHeadEndsAt(text, words, k - 1, inDate) && !"that".equals(words.get(k).lower())
                && !inDate.test(words.get(k).start())) {
            // "said Thursday | it would": the date belongs to the head, the reported clause opens after it
            return "reported";
        }
        String word = words.get(k).lower();
        String two = k + 1 < words.size() && pairStarts.contains(word) ? word + " " + words.get(k + 1).lower() : "";
        String kind = links.containsKey(two) ? links.get(two) : links.get(word);
        if (kind == null || inDate.test(words.get(k).start())) {
            return null;
        }
        String between = text.substring(words.get(k - 1).end(), words.get(k).start());
        String previous = words.get(k - 1).lower();
        boolean opens = switch (kind) {
            case "comma" -> between.contains(",") && verbAhead(text, words, k + 1, inDate, false);
            case "verb" -> k + 1 < words.size() && Verbs.isFinite(words.get(k + 1));
            case "condition" -> true;
            default -> !("that".equals(words.get(k).lower()) && PREPOSITIONS.contains(previous))
                    && verbAhead(text, words, k + 1, inDate, true);
        };
        return opens ? kind : null;
    }

    /**
     * Whether a condition word stands just before a clause that punctuation opened: "unless `` we 're still talking
     * about this in 2011", "if they develop ` flu like symptoms within the next week".
     */
    private boolean conditionJustBefore(List<Word> words, int open) {
        for (int k = open - 1; k >= Math.max(0, open - CONDITION_REACH); k--) {
            if ("condition".equals(links.get(words.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb follows before the next punctuation: "until May 5, but ..." is a date, not a clause, and
     * ", and BP's Wells through Tuesday" a list; with commaEnds false a comma does not end the search (", and in
     * early June, BP turned").
     */
    private static boolean verbAhead(String text, List<Word> words, int from, IntPredicate inDate,
            boolean commaEnds) {
        for (int k = from; k < Math.min(words.size(), from + LOOKAHEAD); k++) {
            if (k > from) {
                String between = text.substring(words.get(k - 1).end(), words.get(k).start());
                if (commaEnds && between.contains(",") && !thousands(text, words.get(k - 1), words.get(k))
                        || closesBetween(text, words.get(k - 1), words.get(k))) {
                    return false;
                }
            }
            if (!inDate.test(words.get(k).start()) && Verbs.isFinite(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether punctuation that closes a clause stands between two words. The words around stay visible to the
     * pattern: in text split into tokens ("BP 's Wells") an apostrophe before a letter is no quote mark.
     */
    private static boolean closesBetween(String text, Word before, Word after) {
        return holdsClosingMark(text, before.end(), after.start())
                && CLOSES.matcher(text).region(before.end(), after.start()).useTransparentBounds(true).find();
    }

    /**
     * Whether text[from, to) holds a character that every match of {@link #CLOSES} takes: most gaps between words
     * are a space, and asking the pattern of each cost a matcher per pair of words.
     */
    private static boolean holdsClosingMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLOSING_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A comma that groups the digits of a number ("38,000 troops"), which ends no clause. */
    private static boolean thousands(String text, Word before, Word after) {
        return after.start() == before.end() + 1 && Character.isDigit(text.charAt(before.end() - 1))
                && Character.isDigit(text.charAt(after.start()));
    }

    /**
     * Whether word k ends the head of a reporting verb: the verb itself with its date ("said on Monday") and, after
     * "told", its hearer ("told reporters Tuesday").
     */
    private boolean reportingHeadEndsAt(String text, List<Word> words, int k, IntPredicate inDate) {
        if (k + 1 < words.size() && PREPOSITIONS.contains(words.get(k + 1).lower())) {
            return false;
        }
        int at = k;
        while (at >= 0 && (inDate.test(words.get(at).start())
                || at < k && PREPOSITIONS.contains(words.get(at).lower()) && inDate.test(words.get(at + 1).start()))) {
            at--;
        }
        if (at < 0) {
            return false;
        }
        String verb = words.get(at).lower();
        if (HEARERS_AFTER.contains(verb)) {
            return k + 1 < words.size() && "that".equals(words.get(k + 1).lower());
        }
        if (reportingVerbs.contains(verb)) {
            return !"according".equals(verb);
        }
        return at > 0 && HEARERS_AFTER.contains(words.get(at - 1).lower()) && !DETERMINERS.contains(verb)
                && text.substring(words.get(at - 1).end(), words.get(at).start()).isBlank();
    }

    /**
     * End of the first verb with its auxiliaries after a date that opens its clause ("On Monday, BP did not say"),
     * past a reporting aside set off by commas ("By the end of the year, we were told, there might be").
     */
    private int firstVerbGroupEnd(String text, List<Word> words, int from, int to, int fallback) {
        for (int k = from; k < to; k++) {
            if (Verbs.isFinite(words.get(k))) {
                int end = k;
                while (end + 1 < to && (AUXILIARIES.contains(words.get(end + 1).lower())
                        || Verbs.isFinite(words.get(end + 1)) || words.get(end + 1).lower().endsWith("ly"))) {
                    end++;
                }
                boolean aside = end + 1 < to && reportingVerbs.contains(words.get(end).lower())
                        && text.substring(words.get(end).end(), words.get(end + 1).start()).contains(",")
                        && text.substring(words.get(from - 1).end(), words.get(k).start()).contains(",");
                if (!aside) {
                    return words.get(end).end();
                }
                k = end;
            }
        }
        return fallback;
    }

    /**
     * A date that only modifies a noun: followed by 's ("last week's explosion"), or between a determiner and a
     * noun ("the 2010 oil spill", "an April 20 explosion").
     */
    private static boolean nominal(String text, List<Word> words, int first, int last, int dateEnd) {
        if (POSSESSIVE.matcher(text).region(dateEnd, text.length()).lookingAt()) {
            return true;
        }
        if (last + 1 >= words.size() || words.get(last + 1).start() != dateEnd + 1) {
            return false;
        }
        Word next = words.get(last + 1);
        boolean determined = ARTICLES.contains(words.get(first).lower())
                || first > 0 && DETERMINERS.contains(words.get(first - 1).lower());
        return determined && Character.isLetter(next.text().charAt(0)) && !Verbs.isFinite(next)
                && !PREPOSITIONS.contains(next.lower()) && !NOT_NOUNS.contains(next.lower());
    }
}

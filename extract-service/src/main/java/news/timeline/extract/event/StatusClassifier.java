package news.timeline.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.TimexValue;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.PredicateScope;

/**
 * Decides whether a statement happened, is planned, is only possible or is denied, from cue words
 * (status-*.txt) read only where the predicate its date attaches to speaks ({@link PredicateScope}), and from where
 * its date lies against the publication date. A reporting verb's date is the saying's: "told reporters Tuesday that
 * no formal work has begun" occurred. A denial wins over a possibility, a possibility over a plan: "could meet next
 * month" is possible, not planned. A cue speaks for the date only through its own verb: in "could prove critical to
 * the lawsuit filed last month" the date belongs to "filed", and a date not ahead that only modifies a noun
 * ("could lead to new rules after last week's explosion") is a thing that happened. A negation word denies the
 * statement only next to a verb ("has not asked", "no formal work has begun"), not in an aside ("..., and not X"),
 * and "not ... until August" says when a thing will happen. Plan words say nothing about a date already past: what
 * was proposed for last week either happened or not.
 */
final class StatusClassifier {

    private static final int NEGATION_REACH = 3;
    /** Words a negation may stand from its date: "were not in court on Thursday", not a clause away. */
    private static final int NEGATION_WORDS = 8;
    private static final int OWN_VERB_REACH = 4;
    private static final Set<String> LATE_MODS = Set.of("END", "LATE");
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "has", "had", "not",
            "n't", "never", "also", "still", "just", "already", "to", "all", "now");
    private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "for", "of", "with", "by", "in",
            "on", "at", "from", "to", "his", "her", "its", "their", "our");
    private static final Set<String> UNTIL = Set.of("until", "till", "before");
    private static final Pattern NEGATION_PARTICLE = Pattern.compile("(?i)not|n['’]t|never|no|neither|nor");
    private static final Pattern WOULD_ONLY = Pattern.compile("(?i)(?<![\\p{L}'’])would(?![\\p{L}])");

    /** Words that make a date the end of a span rather than the time of an act. */
    private static final Set<String> SPAN_ENDS = Set.of("until", "till", "through", "to", "by", "into");

    private final PhraseMatcher negated = PhraseMatcher.of("status-negated.txt");
    private final PhraseMatcher negationExceptions = PhraseMatcher.of("status-negated-exceptions.txt");
    private final PhraseMatcher possible = PhraseMatcher.of("status-possible.txt");
    private final PhraseMatcher planned = PhraseMatcher.of("status-planned.txt");
    private final PredicateScope scopes = new PredicateScope();

    /**
     * @param text      the article text
     * @param sentence  the sentence holding the date
     * @param sentenceWords its words
     * @param dateStart where the date starts in the text
     * @param dateEnd   just past it
     * @param inDate    whether an offset of the text lies in a temporal expression (so that "May 2" is no "may")
     * @param dateValue the statement's TIMEX3 date
     * @param dateMod   its TIMEX3 mod (END for "the end of the year"), or null
     * @param dct       the publication date, or null when unknown
     */
    EventStatus classify(String text, Sentence sentence, List<Word> sentenceWords, int dateStart, int dateEnd,
            IntPredicate inDate, String dateValue, String dateMod, LocalDate dct) {
        boolean future = isFuture(dateValue, dateMod, dct);
        boolean past = isPast(dateValue, dct);
        PredicateScope.Scope scope = scopes.of(text, sentenceWords, dateStart, dateEnd, inDate);
        if (scope.nominal() && !future) {
            return EventStatus.OCCURRED;
        }
        String words = withoutDates(text, scope.start(), scope.end(), inDate);
        int date = dateStart - scope.start();
        int dateWordsEnd = dateEnd - scope.start();
        if (denied(words, date, dateWordsEnd, text, dateStart)) {
            return EventStatus.NEGATED;
        }
        if (scope.condition() || scope.aboveStart() >= 0 && hedged(text, scope, inDate)) {
            return EventStatus.POSSIBLE;
        }
        int possibleDistance = distance(possible, words, date);
        int plannedDistance = past ? Integer.MAX_VALUE : distance(planned, words, date);
        // Of a possibility and a plan in one clause, the cue nearer the date speaks for it: "plans to meet him
        // next month in a summit that could ease tensions" is a plan.
        if (possibleDistance < Integer.MAX_VALUE && possibleDistance <= plannedDistance) {
            // "would" in what a reporting verb reports is the future seen from the past unless the date is past:
            // "said a time would be announced Thursday" is a plan.
            boolean onlyWould = blankOut(words, possible).equals(WOULD_ONLY.matcher(words)
                    .replaceAll(m -> " ".repeat(m.group().length())));
            return onlyWould && (future || scope.reported() && !past) ? EventStatus.PLANNED : EventStatus.POSSIBLE;
        }
        if (plannedDistance < Integer.MAX_VALUE) {
            return EventStatus.PLANNED;
        }
        if (future && !scope.reported() && !lastsUntil(words, date)
                && toldInThePast(Verbs.anyFinite(Word.of(words)) ? words
                        : mainClauseAfter(text, scope.end(), sentence.end(), inDate))) {
            // "A version appeared in print on Saturday 2 May", "At 20:57 26th Apr 2009 , Anonymous wrote": the text
            // was written after that date, so the feed's date is its first version's, and what it tells happened
            return EventStatus.OCCURRED;
        }
        return future ? EventStatus.PLANNED : EventStatus.OCCURRED;
    }

    /** "ordered the closure of schools until 6 May": what a past act set up lasts until a date still ahead. */
    private static boolean lastsUntil(String words, int date) {
        List<Word> before = Word.of(words, 0, Math.max(0, date));
        return !before.isEmpty() && SPAN_ENDS.contains(before.get(before.size() - 1).lower());
    }

    /**
     * The clause a fronted date belongs to when its own words have no verb: "At 20:57 on 17 May 2019 , a reader
     * wrote : ..." is dated by "wrote", up to the colon.
     */
    private static String mainClauseAfter(String text, int from, int sentenceEnd, IntPredicate inDate) {
        int end = from;
        while (end < sentenceEnd && ":;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return withoutDates(text, from, end, inDate);
    }

    /** Whether the clause has finite verbs and all of them are in the past tense. */
    private static boolean toldInThePast(String words) {
        List<Word> finite = Word.of(words).stream().filter(Verbs::isFinite).toList();
        return !finite.isEmpty() && finite.stream().allMatch(Verbs::isPast);
    }

    /** "It seems unlikely that ..." : a possibility in the clause a "that" clause hangs on, reported by no one. */
    private boolean hedged(String text, PredicateScope.Scope scope, IntPredicate inDate) {
        String above = withoutDates(text, scope.aboveStart(), scope.aboveEnd(), inDate);
        return !scope.reported() && possible.foundIn(above);
    }

    /**
     * Whether the wording announces a plan ("will", "plans to", "scheduled"). Mere possibility is left out: "could",
     * "options" say nothing about when a thing is dated.
     */
    boolean announcesPlan(String statement) {
        return planned.foundIn(statement);
    }

    /**
     * Characters between the date and the nearest cue of the list that speaks for it, or MAX_VALUE when there is
     * none.
     */
    private static int distance(PhraseMatcher cues, String words, int dateOffset) {
        int best = Integer.MAX_VALUE;
        for (int[] cue : cues.find(words)) {
            if (cue[1] <= dateOffset && !reaches(words, cue, dateOffset)) {
                continue;
            }
            int d = cue[1] <= dateOffset ? dateOffset - cue[1] : Math.max(0, cue[0] - dateOffset);
            best = Math.min(best, d);
        }
        return best;
    }

    /**
     * Whether a cue before the date reaches it through its own verb: the first verb after it (past auxiliaries),
     * with no other verb before the date. "could prove critical to the lawsuit filed last month": "filed" takes the
     * date, "could" stays with "prove".
     */
    private static boolean reaches(String words, int[] cue, int dateOffset) {
        List<Word> between = Word.of(words, cue[1], dateOffset);
        int own = -1;
        for (int k = 0; k < Math.min(OWN_VERB_REACH, between.size()); k++) {
            if (Verbs.isFinite(between.get(k))) {
                own = k;
                break;
            }
        }
        if (own < 0) {
            own = 0;
            while (own < between.size() && AUXILIARIES.contains(between.get(own).lower())) {
                own++;
            }
        }
        while (own + 1 < between.size() && (AUXILIARIES.contains(between.get(own + 1).lower())
                || Verbs.isFinite(between.get(own + 1)) || between.get(own + 1).lower().endsWith("ly"))) {
            own++;
        }
        for (int k = own + 1; k < between.size(); k++) {
            // "for invited members", "the affected pupil": a verb form after a preposition or article modifies a noun
            if (Verbs.isFinite(between.get(k)) && !NOUN_OPENERS.contains(between.get(k - 1).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the date lies after the publication date; for "the end of the year", its last quarter does. */
    static boolean isFuture(String dateValue, String dateMod, LocalDate dct) {
        TimexValue span = TimexValue.parse(dateValue).orElse(null);
        if (dct == null || span == null) {
            return false;
        }
        LocalDate first = span.start();
        if (dateMod != null && LATE_MODS.contains(dateMod)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(span.start(), span.end());
            first = span.end().minusDays(days / 4);
        }
        return first.isAfter(dct);
    }

    private static boolean isPast(String dateValue, LocalDate dct) {
        TimexValue span = TimexValue.parse(dateValue).orElse(null);
        return dct != null && span != null && span.end().isBefore(dct);
    }

    /**
     * Whether a negation in the scope denies the date's predicate: next to a verb, reaching the date through its own
     * verb and within a few words of it, and not "not ... until DATE", which says when.
     */
    private boolean denied(String words, int date, int dateEnd, String text, int dateStart) {
        String kept = blankOut(words, negationExceptions);
        List<Word> all = Word.of(kept);
        boolean untilDate = endsWithWordOf(text.substring(Math.max(0, dateStart - 12), dateStart), UNTIL);
        for (int[] cue : negated.find(kept)) {
            if (cue[1] <= date && (!reaches(kept, cue, date) || Word.of(kept, cue[1], date).size() > NEGATION_WORDS
                    || untilDate && NEGATION_PARTICLE.matcher(kept.substring(cue[0], cue[1]).strip()).matches())) {
                continue;
            }
            if (cue[0] >= dateEnd && Word.of(kept, dateEnd, cue[0]).size() > NEGATION_WORDS) {
                continue;
            }
            if (nextToVerb(all, cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithWordOf(String before, Set<String> words) {
        List<Word> found = Word.of(before);
        return !found.isEmpty() && words.contains(found.get(found.size() - 1).lower());
    }

    private static boolean nextToVerb(List<Word> words, int[] cue) {
        int at = 0;
        while (at < words.size() && words.get(at).end() <= cue[0]) {
            at++;
        }
        if (at >= words.size()) {
            return false;
        }
        if (Verbs.isFinite(words.get(at)) && words.get(at).start() <= cue[0]) {
            return true;
        }
        for (int k = Math.max(0, at - NEGATION_REACH); k <= Math.min(words.size() - 1, at + NEGATION_REACH); k++) {
            if (k != at && Verbs.isFinite(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The words with temporal expressions blanked, so that "May 2" is not read as the modal "may". */
    private static String withoutDates(String text, int from, int to, IntPredicate inDate) {
        StringBuilder out = new StringBuilder(text.substring(from, to));
        for (int i = from; i < to; i++) {
            if (inDate.test(i)) {
                out.setCharAt(i - from, ' ');
            }
        }
        return out.toString();
    }

    private static String blankOut(String text, PhraseMatcher phrases) {
        StringBuilder out = new StringBuilder(text);
        for (int[] span : phrases.find(text)) {
            for (int i = span[0]; i < span[1]; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}

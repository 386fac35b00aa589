package news.timeline.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a statement happened, is planned, is only possible or is denied, from cue words
 * (status-*.txt) and from where its date lies against the publication date. A denial wins over a possibility, a
 * possibility over a plan: "could meet next month" is possible, not planned. A negation word denies the statement
 * only next to a verb ("has not asked", "no formal work has begun"), not in an aside ("..., and not X"). Plan
 * words say nothing about a date already past: what was proposed for last week either happened or not.
 */
final class StatusClassifier {

    private static final int NEGATION_REACH = 3;
    private static final Set<String> LATE_MODS = Set.of("END", "LATE");
    private static final Pattern WOULD_ONLY = Pattern.compile("(?i)(?<![\\p{L}'’])would(?![\\p{L}])");

    private final PhraseMatcher negated = PhraseMatcher.of("status-negated.txt");
    private final PhraseMatcher negationExceptions = PhraseMatcher.of("status-negated-exceptions.txt");
    private final PhraseMatcher possible = PhraseMatcher.of("status-possible.txt");
    private final PhraseMatcher planned = PhraseMatcher.of("status-planned.txt");

    /**
     * @param statement  the words the status is read from
     * @param dateOffset where the date is in them
     * @param dateValue the statement's TIMEX3 date
     * @param dateMod   its TIMEX3 mod (END for "the end of the year"), or null
     * @param dct       the publication date, or null when unknown
     */
    EventStatus classify(String statement, int dateOffset, String dateValue, String dateMod, LocalDate dct) {
        if (deniedNearVerb(statement)) {
            return EventStatus.NEGATED;
        }
        boolean future = isFuture(dateValue, dateMod, dct);
        boolean past = isPast(dateValue, dct);
        int possibleDistance = distance(possible, statement, dateOffset);
        int plannedDistance = past ? Integer.MAX_VALUE : distance(planned, statement, dateOffset);
        // Of a possibility and a plan in one clause, the cue nearer the date speaks for it: "plans to meet him
        // next month in a summit that could ease tensions" is a plan.
        if (possibleDistance < Integer.MAX_VALUE && possibleDistance <= plannedDistance) {
            // "would" after a past reporting verb is the future seen from the past when the date is still ahead:
            // "said a time would be announced Thursday" is a plan.
            boolean onlyWould = blankOut(statement, possible).equals(WOULD_ONLY.matcher(statement)
                    .replaceAll(m -> " ".repeat(m.group().length())));
            return future && onlyWould ? EventStatus.PLANNED : EventStatus.POSSIBLE;
        }
        if (future || plannedDistance < Integer.MAX_VALUE) {
            return EventStatus.PLANNED;
        }
        return EventStatus.OCCURRED;
    }

    /**
     * Whether the wording announces a plan ("will", "plans to", "scheduled"). Mere possibility is left out: "could",
     * "options" say nothing about when a thing is dated.
     */
    boolean announcesPlan(String statement) {
        return planned.foundIn(statement);
    }

    /** Characters between the date and the nearest cue of the list, or MAX_VALUE when there is none. */
    private static int distance(PhraseMatcher cues, String statement, int dateOffset) {
        int best = Integer.MAX_VALUE;
        for (int[] cue : cues.find(statement)) {
            int d = cue[1] <= dateOffset ? dateOffset - cue[1] : Math.max(0, cue[0] - dateOffset);
            best = Math.min(best, d);
        }
        return best;
    }

    /** Whether the date lies after the publication date; for "the end of the year", its last quarter does. */
    static boolean isFuture(String dateValue, String dateMod, LocalDate dct) {
        TimexValues.DateSpan span = TimexValues.span(dateValue);
        if (dct == null || span == null) {
            return false;
        }
        LocalDate first = span.first();
        if (dateMod != null && LATE_MODS.contains(dateMod)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(span.first(), span.last());
            first = span.last().minusDays(days / 4);
        }
        return first.isAfter(dct);
    }

    private static boolean isPast(String dateValue, LocalDate dct) {
        TimexValues.DateSpan span = TimexValues.span(dateValue);
        return dct != null && span != null && span.last().isBefore(dct);
    }

    private boolean deniedNearVerb(String statement) {
        String text = blankOut(statement, negationExceptions);
        List<Word> words = Word.of(text);
        for (int[] cue : negated.find(text)) {
            int at = 0;
            while (at < words.size() && words.get(at).end() <= cue[0]) {
                at++;
            }
            if (at >= words.size()) {
                continue;
            }
            if (Verbs.isFinite(words.get(at)) && words.get(at).start() <= cue[0]) {
                return true;
            }
            for (int k = Math.max(0, at - NEGATION_REACH); k <= Math.min(words.size() - 1, at + NEGATION_REACH); k++) {
                if (k != at && Verbs.isFinite(words.get(k))) {
                    return true;
                }
            }
        }
        return false;
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

package news.timeline.extract.event;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.text.WordLists;

/**
 * Finds the dates that stamp the page ("Page last updated at 08:03 GMT, Tuesday, 26 July 2011") or a reader's
 * comment on it ("At 12:19 26th Apr 2009 , barriesingleton wrote :") rather than date a statement: scraped articles
 * carry them in the middle of their text, and an event dated by one is furniture.
 */
final class PageStamps {

    /** What follows the stamp of a reader's comment: its author's name, of one to three words, and "wrote". */
    private static final Pattern COMMENT_AUTHOR = Pattern.compile("\\s*,\\s*(?:[^\\s,:]+\\s+){1,3}wrote\\s*:");
    /** A copyright notice right before a year: "Copyright 2010 Fox News Network", "© 2009". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright|©)\\s*(©\\s*)?$");
    /** What may part the clock time of a stamp from its date: spaces, "on", a comma. */
    private static final Pattern STAMP_GAP = Pattern.compile("(?i)[\\s,]*(on\\s+)?");

    /** How far before a date its stamp cue may stand, in characters. */
    private static final int REACH = 60;
    /**
     * What may stand between the cue and the date: punctuation, a clock time, a zone, "at" or "on"; a colon must be
     * among it, as a separator or in the clock time.
     */
    private static final Pattern FILLER = Pattern.compile(
            "(?i)[\\s\\p{Punct}\\d]*((at|on|gmt|utc|bst|cet|est|edt|pst|pdt|et|uk|time)\\b[\\s\\p{Punct}\\d]*)*");

    private final Pattern cue;

    PageStamps() {
        List<String> cues = WordLists.lines("page-stamp-cues.txt");
        cue = Pattern.compile("(?i)\\b(" + cues.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\b");
    }

    /**
     * @param timexes the text's expressions, in order; those just before the one at {@code index} that are
     *                themselves part of the stamp ("08:03 GMT") count as filler
     */
    boolean isStamp(String text, List<Timex> timexes, int index, int sentenceStart) {
        Timex timex = timexes.get(index);
        if (commentStamp(text, timexes, index)
                || COPYRIGHT.matcher(text.substring(Math.max(0, timex.start() - 14), timex.start())).find()) {
            return true;
        }
        int from = Math.max(sentenceStart, timex.start() - REACH);
        var m = cue.matcher(text).region(from, timex.start());
        int cueEnd = -1;
        while (m.find()) {
            cueEnd = m.end();
        }
        if (cueEnd < 0) {
            return false;
        }
        String between = text.substring(cueEnd, timex.start());
        if (between.indexOf(':') < 0 && timex.text().indexOf(':') < 0) {
            return false; // "published on Tuesday" dates a report; a stamp has "Updated: ..." or a clock time
        }
        StringBuilder gap = new StringBuilder(between);
        for (int k = index - 1; k >= 0 && timexes.get(k).start() >= cueEnd; k--) {
            Timex other = timexes.get(k);
            for (int i = other.start() - cueEnd; i < Math.min(other.end(), timex.start()) - cueEnd; i++) {
                gap.setCharAt(i, ' ');
            }
        }
        return FILLER.matcher(gap).matches();
    }

    /**
     * Whether the expression at {@code index}, with the ones right after it ("At [12:19] [26th Apr 2009]"), is
     * followed by a comment's author and "wrote".
     */
    static boolean commentStamp(String text, List<Timex> timexes, int index) {
        int end = timexes.get(index).end();
        for (int k = index + 1; k < timexes.size() && STAMP_GAP.matcher(text.substring(end,
                Math.max(end, timexes.get(k).start()))).matches() && timexes.get(k).start() >= end; k++) {
            end = timexes.get(k).end();
        }
        return COMMENT_AUTHOR.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt();
    }
}

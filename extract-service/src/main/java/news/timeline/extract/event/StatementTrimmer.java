package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.WordLists;

/**
 * Makes a readable statement of a clause or sentence: drops a wire dateline, the linking word a clause opens with, discourse words
 * that tie a sentence to the one before ("But", "Instead,"), attributions set off by commas (", officials said",
 * ", according to a defense official", with any aside naming the source after it) unless they hold the date, and quotation marks around a quote
 * that is the whole statement.
 */
final class StatementTrimmer {

    private static final int MAX_ATTRIBUTION_WORDS = 10;
    /** "WASHINGTON — ", "MOSCOW (Reuters) - ": the place and agency a wire story opens with. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .,'’-]+(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s+");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "but", "yet", "when", "while", "and",
            "because", "although", "though", "whereas");

    private final PhraseMatcher discourse = PhraseMatcher.of("discourse-openers.txt");
    private final Set<String> reportingVerbs = WordLists.lowercase("reporting-verbs.txt");

    /**
     * @param text      the article text
     * @param from      start of the statement's words
     * @param to        end of them
     * @param dateStart start of the statement's date, kept whatever is trimmed
     * @param dateEnd   end of it
     */
    String trim(String text, int from, int to, int dateStart, int dateEnd) {
        java.util.regex.Matcher dateline = DATELINE.matcher(text).region(from, to);
        int start = skipLeading(text, dateline.lookingAt() && dateline.end() <= dateStart ? dateline.end() : from, to,
                dateStart);
        to = withoutQuoteAttribution(text, start, to, dateStart);
        List<int[]> chunks = commaChunks(text, start, to);
        StringBuilder out = new StringBuilder();
        boolean dropped = false;
        int[] lastKept = null;
        for (int k = 0; k < chunks.size(); k++) {
            int[] chunk = chunks.get(k);
            boolean holdsDate = chunk[0] <= dateStart && dateEnd <= chunk[1];
            boolean apposition = dropped && !Verbs.anyFinite(Word.of(text, chunk[0], chunk[1]));
            if (k > 0 && !holdsDate && (apposition || isAttribution(text, chunk[0], chunk[1]))) {
                dropped = true;
                continue;
            }
            // "which, according to X, would" loses both commas around the attribution
            boolean joinWord = dropped && lastKept != null && Word.of(text, lastKept[0], lastKept[1]).size() == 1;
            if (lastKept == null) {
                out.append(text, chunk[0], chunk[1]);
            } else {
                out.append(joinWord ? "" : ",").append(text, chunk[0], chunk[1]);
            }
            lastKept = chunk;
            dropped = false;
        }
        return tidy(out.toString());
    }

    /** “Quote,” one of them said. → the quote, when the words after it only attribute it. */
    private int withoutQuoteAttribution(String text, int from, int to, int dateStart) {
        if (from >= to || text.charAt(from) != '“') {
            return to;
        }
        int close = text.indexOf('”', from);
        if (close < 0 || close + 1 >= to || dateStart > close) {
            return to;
        }
        return isAttribution(text, close + 1, to) ? close + 1 : to;
    }

    private int skipLeading(String text, int from, int to, int dateStart) {
        int start = from;
        while (true) {
            int before = start;
            String rest = text.substring(start, to);
            int length = discourse.prefixLength(rest);
            List<Word> first = Word.of(text, start, Math.min(to, start + 20));
            if (length <= 0 && !first.isEmpty() && first.get(0).start() == start
                    && CLAUSE_OPENERS.contains(first.get(0).lower())) {
                length = first.get(0).end() - start;
            }
            if (length > 0 && (dateStart < start || start + length <= dateStart)) {
                start += length;
            }
            while (start < to && (text.charAt(start) == ',' || Character.isWhitespace(text.charAt(start)))) {
                start++;
            }
            if (start == before) {
                return start;
            }
        }
    }

    /** Pieces of [from, to) between commas outside quotes; each piece starts just after its comma. */
    private static List<int[]> commaChunks(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        boolean quoted = false;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                quoted = c == '“' || (c == '"' && !quoted);
                if (c == '”') {
                    quoted = false;
                }
            } else if (c == ',' && !quoted) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    /** A short piece that names a source and a reporting verb and says nothing else. */
    private boolean isAttribution(String text, int from, int to) {
        List<Word> words = Word.of(text, from, to);
        if (words.isEmpty() || words.size() > MAX_ATTRIBUTION_WORDS) {
            return false;
        }
        boolean reporting = false;
        for (Word word : words) {
            if (reportingVerbs.contains(word.lower())) {
                reporting = true;
            } else if (Verbs.isFinite(word)) {
                return false;
            }
        }
        return reporting && !text.substring(from, to).contains("“") && !text.substring(from, to).contains("\"");
    }

    private static String tidy(String statement) {
        String s = statement.strip();
        while (!s.isEmpty() && ",;:—–-".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.startsWith("“") && (s.endsWith("”") || s.endsWith(",”") || s.endsWith(".”"))
                && s.indexOf('”') == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
            while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
            }
        }
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}

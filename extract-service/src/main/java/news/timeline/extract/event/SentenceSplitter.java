package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.TreeMap;
import news.timeline.extract.text.WordLists;

/**
 * Splits text into sentences. A line break always ends a sentence (scraped pages put headings, captions and
 * paragraphs on lines of their own); inside a line a sentence ends at . ! ? (with any closing quotes) before a
 * capital, a digit or an opening quote, unless the period belongs to a title ("Mr."), an initial ("V.") or an
 * abbreviation such as "U.S." that is not followed by a usual sentence opener.
 */
final class SentenceSplitter {

    private static final String CLOSERS = "\"'”’)]";
    private static final String OPENERS = "\"'“‘([";
    /** Compiled once: a sentence-final period is checked against them in every sentence of every article. */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}");

    private final Set<String> titleAbbreviations;
    private final Set<String> endingAbbreviations;
    private final Set<String> sentenceOpeners;

    SentenceSplitter() {
        Map<String, Set<String>> byKind = new TreeMap<>();
        for (String line : WordLists.lines("abbreviations.txt")) {
            String[] parts = line.split("\\s+", 2);
            byKind.computeIfAbsent(parts[0], k -> new java.util.HashSet<>()).add(parts[1].toLowerCase(Locale.ROOT));
        }
        titleAbbreviations = Set.copyOf(byKind.getOrDefault("title", Set.of()));
        endingAbbreviations = Set.copyOf(byKind.getOrDefault("any", Set.of()));
        sentenceOpeners = WordLists.exact("sentence-openers.txt");
    }

    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < to && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
                end++;
            }
            if (end < to && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to && !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && next < to && !endsSentence(text, i, next, to)) {
                continue;
            }
            add(text, start, end, out);
            start = end;
            i = end - 1;
        }
        add(text, start, to, out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the period at {@code dot} ends the sentence, given the next word starts at {@code next}. */
    private boolean endsSentence(String text, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (titleAbbreviations.contains(lower)) {
            return false;
        }
        boolean initial = INITIAL.matcher(word).matches();
        boolean dotted = DOTTED.matcher(word).matches();
        if (initial || dotted || endingAbbreviations.contains(lower)) {
            int nextEnd = next;
            while (nextEnd < to && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            return !initial && sentenceOpeners.contains(text.substring(next, nextEnd));
        }
        return true;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}

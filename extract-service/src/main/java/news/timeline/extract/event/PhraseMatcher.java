package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a cue list in a text as whole words, ignoring case. An entry written {@code ~n't} is a word
 * ending: it matches at the end of a word ("hasn't") instead of as a word of its own.
 */
final class PhraseMatcher {

    private final Pattern pattern;

    private PhraseMatcher(Pattern pattern) {
        this.pattern = pattern;
    }

    static PhraseMatcher of(String resource) {
        return of(WordLists.lines(resource));
    }

    static PhraseMatcher of(List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            String entry = sorted.get(i).toLowerCase(Locale.ROOT);
            boolean ending = entry.startsWith("~");
            String words = ending ? entry.substring(1) : entry;
            if (i > 0) {
                regex.append('|');
            }
            if (!ending && Character.isLetterOrDigit(words.charAt(0))) {
                regex.append("(?<![\\p{L}\\p{N}'’])");
            }
            regex.append(Pattern.quote(words));
            if (Character.isLetterOrDigit(words.charAt(words.length() - 1))) {
                regex.append("(?![\\p{L}\\p{N}])");
            }
        }
        regex.append(')');
        return new PhraseMatcher(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    boolean foundIn(CharSequence text) {
        return pattern.matcher(text).find();
    }

    /** The matches as [start, end) pairs, in text order. */
    List<int[]> find(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Length of the phrase that opens the text, or -1. */
    int prefixLength(CharSequence text) {
        Matcher m = pattern.matcher(text);
        return m.lookingAt() ? m.end() : -1;
    }
}

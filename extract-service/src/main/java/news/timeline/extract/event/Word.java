package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a text with its offsets. Initials and dotted abbreviations keep their final period ("U.S.", "V.",
 * "Mr.") so that a name reads whole; other words never include sentence punctuation.
 */
record Word(int start, int end, String text) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-/][\\p{L}\\p{N}]+)*");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?)+|(?:\\p{L}\\.)+\\p{L}");
    private static final java.util.Set<String> ABBREVIATIONS = abbreviations();

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            String w = m.group();
            if (end < to && text.charAt(end) == '.'
                    && (INITIALS.matcher(w).matches() || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)))) {
                end++;
            }
            out.add(new Word(m.start(), end, text.substring(m.start(), end)));
        }
        return out;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters upper case, at least two of them: an acronym such as NATO or G20. */
    boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && !text.contains(".");
    }

    private static java.util.Set<String> abbreviations() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : WordLists.lines("abbreviations.txt")) {
            String abbreviation = line.substring(line.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
            out.add(abbreviation.substring(0, abbreviation.length() - 1));
        }
        return java.util.Set.copyOf(out);
    }
}

package news.timeline.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word of a text with its offsets. Initials and dotted abbreviations keep their final period ("U.S.", "V.",
 * "Mr.") so that a name reads whole; other words never include sentence punctuation.
 */
public record Word(int start, int end, String text) {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?)+|(?:\\p{L}\\.)+\\p{L}");
    private static final java.util.Set<String> ABBREVIATIONS = abbreviations();

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /**
     * The words between two offsets: runs of letters and digits, joined by single inner points, apostrophes, hyphens
     * or slashes ("U.S", "O’Neil", "al-Assad", "24/7"). A hand scan rather than a regex: every part of the extraction
     * splits text into words, many times per sentence.
     */
    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = endOfRun(text, i, to);
            while (end + 1 < to && isJoiner(text.charAt(end)) && isWordChar(text.codePointAt(end + 1))) {
                end = endOfRun(text, end + 1, to);
            }
            String w = text.substring(start, end);
            if (end < to && text.charAt(end) == '.'
                    && (INITIALS.matcher(w).matches() || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)))) {
                end++;
                w = text.substring(start, end);
            }
            out.add(new Word(start, end, w));
            i = end;
        }
        return out;
    }

    private static int endOfRun(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '\'' || c == '’' || c == '-' || c == '/';
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters upper case, at least two of them: an acronym such as NATO or G20. */
    public boolean acronym() {
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

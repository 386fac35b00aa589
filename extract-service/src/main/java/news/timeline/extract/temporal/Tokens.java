package news.timeline.extract.temporal;

/**
 * The tokens of one text, in parallel arrays so that a 10 MB article costs a handful of arrays rather than
 * millions of small objects. Tokens are maximal runs of letters and digits, or single other characters;
 * a listed abbreviation keeps its final period ("Sept.") and dotted letters stay whole ("a.m.").
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    /** Digits followed by letters: "1990s", "16th". */
    static final byte ALNUM = 2;
    static final byte PUNCT = 3;

    final CharSequence text;
    final int size;
    final int[] start;
    final int[] end;
    /**
     * Each token's text in lower case; null for a word that no rule, cue or word list names (most words), which
     * then costs no string: such a word can only be told by its kind and, through {@link #endsWith}, its suffix.
     */
    final String[] lower;
    final byte[] kind;
    /** Index of the sentence each token belongs to. */
    final int[] sentence;

    Tokens(CharSequence text, int size, int[] start, int[] end, String[] lower, byte[] kind, int[] sentence) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.lower = lower;
        this.kind = kind;
        this.sentence = sentence;
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when nothing (no space) separates token i from the token before it. */
    boolean attachedToPrevious(int i) {
        return i > 0 && end[i - 1] == start[i];
    }

    /** True when a line break lies between token i and the token before it. */
    boolean lineBreakBefore(int i) {
        for (int c = i > 0 ? end[i - 1] : start[i]; c < start[i]; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    int length(int i) {
        return end[i] - start[i];
    }

    /** True when token i ends with suffix, ignoring case; suffix is lower case. */
    boolean endsWith(int i, String suffix) {
        int from = end[i] - suffix.length();
        if (from < start[i]) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (Character.toLowerCase(text.charAt(from + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    String surface(int from, int to) {
        return text.subSequence(start[from], end[to - 1]).toString();
    }
}

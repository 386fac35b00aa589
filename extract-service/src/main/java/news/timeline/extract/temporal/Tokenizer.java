package news.timeline.extract.temporal;

import java.util.Arrays;
import java.util.Set;

/** Splits a text into {@link Tokens} in one left-to-right pass. */
final class Tokenizer {
    private final Set<String> abbreviations;

    /** @param abbreviations lower-case words that keep a final period, such as "sept." */
    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    Tokens tokenize(CharSequence text) {
        int n = text.length();
        int capacity = Math.max(16, n / 4);
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        String[] lower = new String[capacity];
        byte[] kind = new byte[capacity];
        int[] sentence = new int[capacity];
        int size = 0;
        int sentenceIndex = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int newlines = 0;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\n') {
                        newlines++;
                    }
                    i++;
                }
                if (newlines >= 2) {
                    sentenceIndex++;
                }
                continue;
            }
            int s = i;
            byte k;
            if (Character.isLetterOrDigit(c)) {
                boolean digitsOnly = true;
                boolean startsWithDigit = Character.isDigit(c);
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    digitsOnly &= Character.isDigit(text.charAt(i));
                    i++;
                }
                k = digitsOnly ? Tokens.NUMBER : startsWithDigit ? Tokens.ALNUM : Tokens.WORD;
                if (k == Tokens.WORD) {
                    i = extendAbbreviation(text, s, i);
                }
            } else {
                i++;
                k = Tokens.PUNCT;
            }
            if (size == start.length) {
                int grown = size * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                lower = Arrays.copyOf(lower, grown);
                kind = Arrays.copyOf(kind, grown);
                sentence = Arrays.copyOf(sentence, grown);
            }
            start[size] = s;
            end[size] = i;
            lower[size] = lowerCase(text, s, i);
            kind[size] = k;
            sentence[size] = sentenceIndex;
            size++;
            if (k == Tokens.PUNCT && (c == '.' && !decimalPoint(text, s) || c == '!' || c == '?')) {
                sentenceIndex++;
            } else if (k == Tokens.WORD && text.charAt(i - 1) == '.' && endsSentence(text, i)) {
                sentenceIndex++;
            }
        }
        return new Tokens(text, size, start, end, lower, kind, sentence);
    }

    /** The period of "2,083.49" or "$1.5 billion", which ends no sentence. */
    private static boolean decimalPoint(CharSequence text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** An abbreviation's period ends a sentence only when a capitalized word follows after a blank. */
    private static boolean endsSentence(CharSequence text, int i) {
        int n = text.length();
        if (i >= n || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < n && Character.isUpperCase(text.charAt(i));
    }

    /** Takes in the period of "Sept." or the dotted letters of "a.m." / "U.S.". */
    private int extendAbbreviation(CharSequence text, int s, int i) {
        int n = text.length();
        if (i >= n || text.charAt(i) != '.') {
            return i;
        }
        if (i - s == 1) {
            int j = i;
            while (j + 2 < n && Character.isLetter(text.charAt(j + 1)) && text.charAt(j + 2) == '.') {
                j += 2;
            }
            if (j > i) {
                return j + 1;
            }
        }
        if (i - s <= 6 && abbreviations.contains(lowerCase(text, s, i + 1))) {
            return i + 1;
        }
        return i;
    }

    private static String lowerCase(CharSequence text, int s, int e) {
        char[] chars = new char[e - s];
        for (int j = s; j < e; j++) {
            chars[j - s] = Character.toLowerCase(text.charAt(j));
        }
        return new String(chars);
    }
}

package news.timeline.extract.temporal;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits a text into {@link Tokens} in one left-to-right pass. The words the rules know are looked up straight
 * from the text in a table of their lower-case forms, so that a token costs a new string only when it is a number
 * or a word unknown to the table is needed by its text (see {@link Tokens#lower}).
 */
final class Tokenizer {
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private final Set<String> abbreviations;
    /** Abbreviations inside a name ("mr.", "vs."), whose period ends no sentence. */
    private final Set<String> inNames;
    /** The known words, open addressing by their hash codes. */
    private final String[] table;
    private final int mask;
    private final int longestWord;

    /**
     * @param abbreviations lower-case words that keep a final period, such as "sept."
     * @param inNames       those of the abbreviations that stand inside a name ("Mr. Smith", "Roe vs. Wade")
     * @param vocabulary    the lower-case words rules, cues and word lists compare tokens with
     */
    Tokenizer(Set<String> abbreviations, Set<String> inNames, Set<String> vocabulary) {
        this.abbreviations = abbreviations;
        this.inNames = inNames;
        int capacity = Integer.highestOneBit(Math.max(16, (vocabulary.size() + abbreviations.size()) * 4));
        table = new String[capacity];
        mask = capacity - 1;
        for (String w : vocabulary) {
            add(w);
        }
        for (String w : abbreviations) {
            add(w);
        }
        int longest = 0;
        for (String w : table) {
            longest = w == null ? longest : Math.max(longest, w.length());
        }
        longestWord = longest;
    }

    private void add(String word) {
        int slot = spread(word.hashCode()) & mask;
        while (table[slot] != null) {
            if (table[slot].equals(word)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = word;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The known word that text[s, e) spells in any case, or null. */
    private String known(CharSequence text, int s, int e) {
        if (e - s > longestWord) {
            return null;
        }
        int h = 0;
        for (int j = s; j < e; j++) {
            h = 31 * h + Character.toLowerCase(text.charAt(j));
        }
        int slot = spread(h) & mask;
        for (String w = table[slot]; w != null; w = table[slot = (slot + 1) & mask]) {
            if (w.hashCode() == h && w.length() == e - s && spells(w, text, s)) {
                return w;
            }
        }
        return null;
    }

    private static boolean spells(String w, CharSequence text, int s) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.toLowerCase(text.charAt(s + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token arrays of the last text a thread tokenized, kept for its next text when they are no larger than
     * an article needs: tagging a stream of articles then allocates no arrays.
     */
    private static final int KEPT_CAPACITY = 1 << 15;
    private final ThreadLocal<Tokens> kept = new ThreadLocal<>();

    /**
     * Splits text into tokens. The arrays of the result are reused by the next call on the same thread: a
     * {@link Tokens} is valid until then.
     */
    Tokens tokenize(CharSequence text) {
        int n = text.length();
        int capacity = Math.max(16, n / 4);
        Tokens previous = kept.get();
        boolean reuse = previous != null && previous.start.length >= capacity;
        int[] start = reuse ? previous.start : new int[capacity];
        int[] end = reuse ? previous.end : new int[capacity];
        String[] lower = reuse ? previous.lower : new String[capacity];
        byte[] kind = reuse ? previous.kind : new byte[capacity];
        int[] sentence = reuse ? previous.sentence : new int[capacity];
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
            if (isoTimeSeparator(text, i)) {
                i++;
                k = Tokens.WORD;
            } else if (Character.isLetterOrDigit(c)) {
                boolean digitsOnly = true;
                boolean startsWithDigit = Character.isDigit(c);
                while (i < n && Character.isLetterOrDigit(text.charAt(i)) && !isoTimeSeparator(text, i)) {
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
            lower[size] = k == Tokens.PUNCT ? punctuation(c) : k == Tokens.WORD ? known(text, s, i)
                    : k == Tokens.NUMBER ? digits(text, s, i) : number(text, s, i);
            kind[size] = k;
            sentence[size] = sentenceIndex;
            size++;
            if (k == Tokens.PUNCT && (c == '.' && !decimalPoint(text, s) && !continuesSentence(text, i)
                    || c == '!' || c == '?')) {
                sentenceIndex++;
            } else if (k == Tokens.WORD && text.charAt(i - 1) == '.' && !inNames.contains(lower[size - 1])
                    && endsSentence(text, i)) {
                sentenceIndex++;
            }
        }
        Tokens tokens = new Tokens(text, size, start, end, lower, kind, sentence);
        if (start.length <= KEPT_CAPACITY) {
            kept.set(tokens); // a huge text's arrays are not kept: the article-sized ones stay
        }
        return tokens;
    }

    /**
     * The "T" of an ISO 8601 date and time ("2018-07-16T14:05:00"), a token of its own so that the day and the hour
     * on either side of it stay numbers.
     */
    private static boolean isoTimeSeparator(CharSequence text, int i) {
        return text.charAt(i) == 'T' && i >= 3 && i + 3 < text.length() && text.charAt(i - 3) == '-'
                && Character.isDigit(text.charAt(i - 2)) && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                && text.charAt(i + 3) == ':';
    }

    /** The period of "2,083.49" or "$1.5 billion", which ends no sentence. */
    private static boolean decimalPoint(CharSequence text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * The period of an abbreviation no list knows ("Birmingham, Ala., killed"; "Roe v. Wade") is followed by a
     * comma or a word in lower case, which a sentence never starts with.
     */
    private static boolean continuesSentence(CharSequence text, int i) {
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < n && (Character.isLowerCase(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == ';');
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
        if (i - s <= 6 && abbreviations.contains(known(text, s, i + 1))) {
            return i + 1;
        }
        return i;
    }

    private static String punctuation(char c) {
        return c < ASCII.length ? ASCII[c] : String.valueOf(c);
    }

    private String digits(CharSequence text, int s, int e) {
        String w = known(text, s, e);
        return w != null ? w : text.subSequence(s, e).toString();
    }

    /** Digits and letters ("16th", "1990s"): kept as text, the number shapes read them. */
    private String number(CharSequence text, int s, int e) {
        String w = known(text, s, e);
        return w != null ? w : lowerCase(text, s, e);
    }

    private static String lowerCase(CharSequence text, int s, int e) {
        boolean lowerAlready = true;
        for (int j = s; j < e && lowerAlready; j++) {
            lowerAlready = !Character.isUpperCase(text.charAt(j));
        }
        if (lowerAlready) {
            return text.subSequence(s, e).toString();
        }
        char[] chars = new char[e - s];
        for (int j = s; j < e; j++) {
            chars[j - s] = Character.toLowerCase(text.charAt(j));
        }
        return new String(chars);
    }
}

package news.timeline.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern scanned over whole articles, compiled with a lookahead that admits only the characters a match can start
 * with. Java's matcher tries every position of the text in turn, and a pattern that opens with a word boundary and
 * an alternation of phrases ("yesterday|today|last week|...") tries each phrase at each word; the one-character
 * class fails at almost every position at once. The admitted characters are found by asking the pattern itself,
 * character by character, whether it could match a text beginning with it, so the guard never changes what matches.
 */
public final class GuardedPattern {

    /** Characters tried as the first of a match; a pattern that may start with any other is left unguarded. */
    private static final int TRIED = 0x250;
    private static final String OUTSIDE = "\u2018\u2019\u201c\u201d\u2013\u2014\u20ac\u0410\u05d0\u4e00";

    private GuardedPattern() {
    }

    public static Pattern compile(String regex) {
        Pattern plain = Pattern.compile(regex);
        if (plain.matcher("").lookingAt()) {
            return plain;
        }
        StringBuilder first = new StringBuilder();
        for (int c = 0; c < TRIED; c++) {
            if (canStart(plain, (char) c)) {
                first.append(String.format("\\x{%x}", c));
            }
        }
        for (char c : OUTSIDE.toCharArray()) {
            if (canStart(plain, c)) {
                return plain;
            }
        }
        return first.isEmpty() ? plain : Pattern.compile("(?=[" + first + "])(?:" + regex + ")");
    }

    /** Whether a match can begin with c: the pattern matches c alone, or reads past it wanting more. */
    private static boolean canStart(Pattern pattern, char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }
}

package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.List;

/**
 * One position of a rule pattern. Written in the rules file as alternatives joined by {@code |}: literal words,
 * lexicon classes {@code <month>} or number shapes {@code #year}; then optional flags. Prefixes: {@code ^} the
 * token must be capitalized, {@code ~} it must touch the previous token, {@code -} it is context that must match
 * but stays outside the extent (first or last position only); a backslash quotes a literal (a hyphen is written
 * backslash-hyphen); {@code ^<class>} as one alternative admits the class for capitalized tokens only.
 * A literal may name the value it captures: {@code last=-1}; {@code *} stands for any word, {@code *!} for a word
 * in no class of the lexicon (not a unit, month or number word). Suffixes: {@code ?} optional, {@code :name}
 * captures the value (the literal's, the class's in the lexicon, or the number) under that name.
 */
final class PatternElement {
    final String[] literals;
    /** What each literal captures: the value after {@code =} ({@code last=-1}), else the word itself. */
    final String[] literalValues;
    final String[] classes;
    /** Classes that count only for a capitalized token: "May" the month, not "may" the verb. */
    final String[] capitalClasses;
    final NumberShape[] shapes;
    final boolean optional;
    final boolean capitalized;
    final boolean adjacent;
    final boolean context;
    /** {@code *}: any word (never a rule's first element, which must be indexable). */
    final boolean anyWord;
    /** {@code *!}: any word in no class of the lexicon ("barrels", not "hours" or "May"). */
    final boolean plainWord;
    final String capture;

    private PatternElement(String[] literals, String[] literalValues, String[] classes, String[] capitalClasses, NumberShape[] shapes,
                           boolean optional, boolean capitalized, boolean adjacent, boolean context, String capture) {
        this.literals = literals;
        this.literalValues = literalValues;
        this.classes = classes;
        this.capitalClasses = capitalClasses;
        this.shapes = shapes;
        this.optional = optional;
        this.capitalized = capitalized;
        this.adjacent = adjacent;
        this.context = context;
        this.plainWord = literals.length == 1 && literals[0].equals("*!");
        this.anyWord = plainWord || literals.length == 1 && literals[0].equals("*");
        this.capture = capture;
    }

    static PatternElement parse(String spec) {
        String s = spec;
        boolean context = false;
        boolean capitalized = false;
        boolean adjacent = false;
        boolean optional = false;
        while (s.length() > 1 && "-^~".indexOf(s.charAt(0)) >= 0) {
            switch (s.charAt(0)) {
                case '-' -> context = true;
                case '^' -> capitalized = true;
                default -> adjacent = true;
            }
            s = s.substring(1);
        }
        String capture = null;
        int colon = s.lastIndexOf(':');
        if (colon > 0 && colon < s.length() - 1 && Character.isLetter(s.charAt(colon + 1))) {
            capture = s.substring(colon + 1);
            s = s.substring(0, colon);
        }
        if (s.length() > 1 && s.endsWith("?")) {
            optional = true;
            s = s.substring(0, s.length() - 1);
        }
        if (capture != null && capture.endsWith("?")) {
            optional = true;
            capture = capture.substring(0, capture.length() - 1);
        }
        List<String> literals = new ArrayList<>();
        List<String> literalValues = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<NumberShape> shapes = new ArrayList<>();
        List<String> capitalClasses = new ArrayList<>();
        for (String alt : s.length() == 1 ? new String[] {s} : s.split("\\|")) {
            if (alt.startsWith("\\")) {
                literals.add(alt.substring(1).intern());
                literalValues.add(alt.substring(1).intern());
            } else if (alt.length() > 3 && alt.startsWith("^<") && alt.endsWith(">")) {
                capitalClasses.add(alt.substring(2, alt.length() - 1).intern());
            } else if (alt.length() > 2 && alt.startsWith("<") && alt.endsWith(">")) {
                classes.add(alt.substring(1, alt.length() - 1).intern());
            } else if (alt.length() > 1 && alt.startsWith("#")) {
                shapes.add(NumberShape.parse(alt));
            } else {
                int eq = alt.indexOf('=');
                literals.add((eq > 0 ? alt.substring(0, eq) : alt).intern());
                literalValues.add((eq > 0 ? alt.substring(eq + 1) : alt).intern());
            }
        }
        return new PatternElement(literals.toArray(String[]::new), literalValues.toArray(String[]::new),
                classes.toArray(String[]::new),
                capitalClasses.toArray(String[]::new), shapes.toArray(NumberShape[]::new), optional, capitalized,
                adjacent, context, capture);
    }

    /** The keys under which a token can start a match of this element. */
    List<String> startKeys() {
        if (anyWord) {
            throw new IllegalArgumentException("a pattern cannot start with *");
        }
        List<String> keys = new ArrayList<>();
        for (String l : literals) {
            keys.add("w:" + l);
        }
        for (String c : classes) {
            keys.add("c:" + c);
        }
        for (String c : capitalClasses) {
            keys.add("c:" + c);
        }
        for (NumberShape shape : shapes) {
            keys.addAll(shape.startKeys());
        }
        return keys;
    }

    /** Marks a captured number, whose value is in the numbers buffer: no string is made unless it is kept. */
    static final String NUMBER = new String("#number");

    /**
     * Matches this element at token i (at most one way: the first alternative that fits).
     *
     * @param values  receives at {@code slot} the captured value, or {@link #NUMBER} for a number
     * @param numbers receives at {@code slot} the number captured
     * @param scratch a caller's buffer of two longs for number shapes
     * @return the end token, or -1 when the element does not match there
     */
    int match(Tokens tokens, int i, Lexicon lexicon, String[] values, long[] numbers, int slot, long[] scratch) {
        if (i >= tokens.size) {
            return -1;
        }
        if (capitalized && !tokens.capitalized(i)) {
            return -1;
        }
        if (adjacent && !tokens.attachedToPrevious(i)) {
            return -1;
        }
        String word = tokens.lower[i];
        if (anyWord) {
            if (tokens.kind[i] != Tokens.WORD || plainWord && word != null && lexicon.classesOf(word).length > 0) {
                return -1;
            }
            values[slot] = word;
            return i + 1;
        }
        for (int k = 0; k < literals.length; k++) {
            if (literals[k].equals(word)) {
                values[slot] = literalValues[k];
                return i + 1;
            }
        }
        for (String c : classes) {
            String v = lexicon.value(word, c);
            if (v != null) {
                values[slot] = v;
                return i + 1;
            }
        }
        if (capitalClasses.length > 0 && tokens.capitalized(i)) {
            for (String c : capitalClasses) {
                String v = lexicon.value(word, c);
                if (v != null) {
                    values[slot] = v;
                    return i + 1;
                }
            }
        }
        for (NumberShape shape : shapes) {
            if (shape.match(tokens, i, lexicon, scratch)) {
                values[slot] = NUMBER;
                numbers[slot] = scratch[1];
                return (int) scratch[0];
            }
        }
        return -1;
    }
}

package news.timeline.extract.temporal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word classes of the rules, read from {@code temporal/lexicon.tsv}: one line per word, its class and the value
 * the class gives it ({@code sept.  month  9}). A word may belong to several classes.
 */
final class Lexicon {
    private static final String[][] NONE = new String[0][];

    /** word -> pairs {class, value}. */
    private final Map<String, String[][]> entries;

    private Lexicon(Map<String, String[][]> entries) {
        this.entries = entries;
    }

    static Lexicon parse(List<String> lines) {
        Map<String, String[][]> entries = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t+");
            if (cols.length != 3) {
                throw new IllegalArgumentException("lexicon line needs word, class and value: " + raw);
            }
            String[][] old = entries.getOrDefault(cols[0], NONE);
            String[][] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = new String[] {cols[1].intern(), cols[2].intern()};
            entries.put(cols[0], grown);
        }
        return new Lexicon(entries);
    }

    /** The value word has in class, or null when it is not in that class. */
    String value(String word, String wordClass) {
        for (String[] e : entries.getOrDefault(word, NONE)) {
            if (e[0].equals(wordClass)) {
                return e[1];
            }
        }
        return null;
    }

    String[][] classesOf(String word) {
        return entries.getOrDefault(word, NONE);
    }

    /** Words ending in a period, which the tokenizer keeps whole. */
    Set<String> abbreviations() {
        Set<String> result = new HashSet<>();
        for (String w : entries.keySet()) {
            if (w.endsWith(".")) {
                result.add(w);
            }
        }
        return result;
    }

    /** The words of one class. */
    Set<String> ofClass(String wordClass) {
        Set<String> result = new HashSet<>();
        for (String w : entries.keySet()) {
            if (value(w, wordClass) != null) {
                result.add(w);
            }
        }
        return result;
    }

    Set<String> words() {
        return entries.keySet();
    }
}

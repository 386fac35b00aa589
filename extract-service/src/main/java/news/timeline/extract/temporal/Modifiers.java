package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words around an expression that belong to it and set its TIMEX3 mod, from {@code temporal/modifiers.tsv}:
 * {@code pre  the end of  END  DATE,TIME} turns "1990" into "the end of 1990" with mod END; {@code mod} (a word
 * before the expression that gives its mod but stays outside its extent, as TimeBank annotates "about"): {@code mod
 * about APPROX DURATION} gives "about [five hours]" mod APPROX.
 */
final class Modifiers {

    record Modifier(boolean before, boolean outside, String[] words, String mod, List<TimexType> types) {
    }

    /** A modifier found next to an expression: how many tokens it adds on its side. */
    record Found(Modifier modifier, int length) {
    }

    private final List<Modifier> modifiers;

    private Modifiers(List<Modifier> modifiers) {
        this.modifiers = modifiers;
    }

    static Modifiers parse(List<String> lines) {
        List<Modifier> list = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t+");
            if (cols.length != 4 || !(cols[0].equals("pre") || cols[0].equals("post") || cols[0].equals("mod"))) {
                throw new IllegalArgumentException("modifier line needs pre|post|mod, words, mod and types: " + raw);
            }
            List<TimexType> types = new ArrayList<>();
            for (String t : cols[3].split(",")) {
                types.add(TimexType.valueOf(t.strip()));
            }
            list.add(new Modifier(!cols[0].equals("post"), cols[0].equals("mod"), cols[1].split(" "), cols[2],
                    List.copyOf(types)));
        }
        return new Modifiers(list);
    }

    /** The words of the modifiers, which the tokenizer must know. */
    Set<String> words() {
        Set<String> words = new HashSet<>();
        for (Modifier m : modifiers) {
            words.addAll(List.of(m.words));
        }
        return words;
    }

    /**
     * The longest modifier on the given side of tokens [start, end) that does not reach past {@code limit}
     * (the end of the previous expression before, the start of the next one after).
     */
    Found find(Tokens tokens, int start, int end, TimexType type, boolean before, int limit) {
        if (before && possessive(tokens, end)) {
            return null; // "get around Wednesday's ruling": the word modifies the noun, not the date
        }
        Found best = null;
        for (Modifier m : modifiers) {
            if (m.before != before || !m.types.contains(type)) {
                continue;
            }
            int len = m.words.length;
            int from = before ? start - len : end;
            if (before ? from < limit : from + len > Math.min(limit, tokens.size)) {
                continue;
            }
            if (from < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                ok = m.words[k].equals(tokens.lower[from + k]);
            }
            if (ok && (best == null || len > best.length)) {
                best = new Found(m, len);
            }
        }
        return best;
    }

    private static boolean possessive(Tokens tokens, int end) {
        return end + 1 < tokens.size && ("'".equals(tokens.lower[end]) || "\u2019".equals(tokens.lower[end]))
                && "s".equals(tokens.lower[end + 1]);
    }
}

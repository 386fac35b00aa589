package news.timeline.extract.temporal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tokens that can come second in a match of a pattern whose first token is a given word: a check that is
 * necessary, never sufficient, and far cheaper than walking the pattern. Most tokens that can start some pattern
 * ("the", "in", a number) start it nowhere in running text, and the token after them shows it at once: "the"
 * followed by a word no rule names starts no "the following days" or "the 5th". Built from the start keys of the
 * pattern elements ({@code w:word}, {@code c:class}, {@code k:num}, {@code k:alnum}), with each class spelled out
 * as its words. The filters of one rule book are numbered ({@link NextTokenFilters}), so that the check of a word
 * is one bit of the set the word was looked up in once for all the candidates of a token.
 */
final class NextTokenFilter {
    final Set<String> words;
    private final boolean anyWord;
    private final boolean number;
    private final boolean alphanumeric;
    /** The filter's number among the distinct filters of the rules, set by {@link NextTokenFilters}. */
    int id = -1;

    private NextTokenFilter(Set<String> words, boolean anyWord, boolean number, boolean alphanumeric) {
        this.words = words;
        this.anyWord = anyWord;
        this.number = number;
        this.alphanumeric = alphanumeric;
    }

    /**
     * The filter for a pattern whose first token has the given keys, or null when the pattern can match that
     * token alone (then any token, or none, may follow).
     *
     * @param firstTokenKeys the keys the first token has: its word, its classes, its kind
     * @param classWords     the words of each lexicon class
     */
    static NextTokenFilter of(PatternElement[] pattern, Set<String> firstTokenKeys,
                              Map<String, Set<String>> classWords) {
        Set<String> keys = new HashSet<>();
        boolean anyWord = false;
        for (int j = 0; j < pattern.length; j++) {
            PatternElement e = pattern[j];
            if (e.startKeys().stream().anyMatch(firstTokenKeys::contains)) {
                for (NumberShape shape : e.shapes) {
                    keys.addAll(shape.continuationKeys()); // the shape may go on over the second token
                }
                int m = j + 1;
                for (; m < pattern.length; m++) {
                    if (pattern[m].anyWord) {
                        anyWord = true;
                    } else {
                        keys.addAll(pattern[m].startKeys());
                    }
                    if (!pattern[m].optional) {
                        break;
                    }
                }
                if (m == pattern.length) {
                    return null; // the elements after j may all be left out: the match may end at the first token
                }
            }
            if (!e.optional) {
                break;
            }
        }
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            if (key.startsWith("w:")) {
                words.add(key.substring(2));
            } else if (key.startsWith("c:")) {
                words.addAll(classWords.getOrDefault(key.substring(2), Set.of()));
            }
        }
        return new NextTokenFilter(words, anyWord, keys.contains("k:num"), keys.contains("k:alnum"));
    }

    /**
     * Whether a token can be the second of a match: false proves there is none.
     *
     * @param kind      the token's kind, or -1 when there is no token (the text ends)
     * @param wordBits  the filters whose words hold the token's word ({@link NextTokenFilters#admitting})
     */
    boolean admits(int kind, long[] wordBits) {
        if (kind == Tokens.WORD && anyWord || kind == Tokens.NUMBER && number || kind == Tokens.ALNUM && alphanumeric) {
            return true;
        }
        return id >> 6 < wordBits.length && (wordBits[id >> 6] & 1L << id) != 0;
    }

    /** The keys under which the filter admits a token, for sharing equal filters. */
    List<Object> identity() {
        return List.of(words, anyWord, number, alphanumeric);
    }
}

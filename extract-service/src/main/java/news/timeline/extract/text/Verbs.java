package news.timeline.extract.text;

import java.util.List;
import java.util.Set;

/**
 * Tells finite verbs by form, without a part-of-speech tagger: a list of auxiliaries, modals, irregular pasts and
 * common present forms, any lowercase word ending in -ed, and a pronoun's contraction ("he'd", "we're").
 */
public final class Verbs {

    private static final Set<String> PAST = WordLists.lowercase("past-verbs.txt");
    private static final Set<String> FINITE = union(WordLists.lowercase("finite-verbs.txt"), PAST);
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "that", "there",
            "who", "what", "here");

    private Verbs() {
    }

    public static boolean isFinite(Word word) {
        String lower = word.lower();
        if (FINITE.contains(lower)) {
            return true;
        }
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (apostrophe > 0) {
            return PRONOUNS.contains(lower.substring(0, apostrophe)) || lower.endsWith("n't") || lower.endsWith("n’t");
        }
        return lower.length() > 4 && lower.endsWith("ed") && !word.capitalized();
    }

    /** A finite verb in the past tense: "was", "wrote", "appeared". */
    public static boolean isPast(Word word) {
        return PAST.contains(word.lower()) || isFinite(word) && word.lower().endsWith("ed");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static boolean anyFinite(List<Word> words) {
        return words.stream().anyMatch(Verbs::isFinite);
    }
}

package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tense around an expression from cue words ({@code temporal/tense-cues.tsv}): auxiliaries and modals
 * ("will", "had"), irregular past forms ("fell") and suffixes ({@code *ed}). The verb group that governs the
 * expression in its clause speaks; listed words override suffixes ("expected" looks ahead).
 */
final class TenseCues {
    /** How far from an expression a cue outside its clause still speaks for it. */
    private static final int WINDOW = 12;
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "am");
    /** Words in -ing that are no participles. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "nothing", "something",
            "anything", "everything", "morning", "evening", "spring", "thing", "bring", "string");
    /** Prepositions, after which an "-ed" word is an adjective, not a verb. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "by", "from",
            "in", "on", "at", "into", "about", "over", "under", "among");
    /**
     * Words that open a clause of time or condition, where the present tense speaks of what is ahead ("before a
     * helpline is opened in the autumn").
     */
    private static final Set<String> SUBORDINATORS = Set.of("before", "until", "till", "when",
            "once", "if", "unless", "after");
    /** Words after which an "-ed" word is an adjective, not a verb. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this",
            "these", "those", "its", "his", "her", "their", "our", "your", "my", "no", "every", "each");

    /** What may stand inside a verb group besides auxiliaries: "had n't", "had also been". */
    private static final Set<String> GROUP_FILLERS = Set.of("n", "'", "t", "also");

    private final Map<String, Tense> words;
    /** Two-word cues ("set to", "is to") by their first word: the second word and the tense. */
    private final Map<String, Map<String, Tense>> pairs;
    private final Set<String> auxiliaries;
    /** Cues that are no verbs ("since", "ago"): they speak for themselves, whatever verb stands before them. */
    private final Set<String> particles;
    /**
     * Plain forms that speak only with no auxiliary before them: "the leaders meet Monday" looks ahead, "did not
     * meet Monday" and "could meet Monday" are the auxiliary's.
     */
    private final Set<String> bare;
    private final List<String[]> suffixes;

    private TenseCues(Map<String, Tense> words, Map<String, Map<String, Tense>> pairs,
                      Set<String> auxiliaries, Set<String> particles, Set<String> bare, List<String[]> suffixes) {
        this.words = words;
        this.pairs = pairs;
        this.auxiliaries = auxiliaries;
        this.particles = particles;
        this.bare = bare;
        this.suffixes = suffixes;
    }

    static TenseCues parse(List<String> lines) {
        Map<String, Tense> words = new HashMap<>();
        Map<String, Map<String, Tense>> pairs = new HashMap<>();
        List<String[]> suffixes = new ArrayList<>();
        Set<String> auxiliaries = new HashSet<>();
        Set<String> particles = new HashSet<>();
        Set<String> bare = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t+");
            if (cols.length < 2 || cols.length > 3 || cols.length == 3 && !Set.of("aux", "particle", "bare")
                    .contains(cols[2])) {
                throw new IllegalArgumentException("tense cue line needs word, tense and maybe aux, particle or bare: "
                        + raw);
            }
            if (cols.length == 3) {
                (switch (cols[2]) {
                    case "aux" -> auxiliaries;
                    case "particle" -> particles;
                    default -> bare;
                }).add(cols[0]);
            }
            Tense.valueOf(cols[1]);
            String[] pair = cols[0].split(" ");
            if (pair.length == 2) {
                pairs.computeIfAbsent(pair[0], k -> new HashMap<>()).put(pair[1], Tense.valueOf(cols[1]));
            } else if (pair.length > 2) {
                throw new IllegalArgumentException("tense cues have one or two words: " + raw);
            } else if (cols[0].startsWith("*")) {
                suffixes.add(new String[] {cols[0].substring(1), cols[1]});
            } else {
                words.put(cols[0], Tense.valueOf(cols[1]));
            }
        }
        return new TenseCues(words, pairs, auxiliaries, particles, bare, suffixes);
    }

    /** The cue at token i: a two-word cue starting there ("set to") beats the word's own. */
    private Tense at(Tokens tokens, int i) {
        Tense t = pair(tokens, i);
        return t != null ? t : of(tokens, i);
    }

    /**
     * The two-word cue starting at token i, if any. A modal's perfect ("may have", "should have") is one only before
     * a participle: "should have said" looks back, "should have enough virus by Monday" and "might have to be met
     * soon" look ahead.
     */
    private Tense pair(Tokens tokens, int i) {
        Map<String, Tense> second = pairs.get(tokens.lower[i]);
        if (second == null || i + 1 >= tokens.size) {
            return null;
        }
        if ("have".equals(tokens.lower[i + 1]) && !(i + 2 < tokens.size && pastParticiple(tokens, i + 2))) {
            return null;
        }
        return second.get(tokens.lower[i + 1]);
    }

    /** Whether token i may be a past participle: "been", a past form ("said", "closed"). */
    private boolean pastParticiple(Tokens tokens, int i) {
        return "been".equals(tokens.lower[i]) || of(tokens, i) == Tense.PAST;
    }

    /** True when a two-word cue starts at token i ("decided to"). */
    private boolean pairAt(Tokens tokens, int i) {
        return pair(tokens, i) != null;
    }

    /** True when the cue at token i is a listed word or pair, not just a suffix. */
    private boolean listed(Tokens tokens, int i) {
        return words.containsKey(tokens.lower[i]) || pairAt(tokens, i);
    }

    /** The cue of token i's own word: listed, else by its suffix (read from the text: most words have no list). */
    private Tense of(Tokens tokens, int i) {
        String word = tokens.lower[i];
        if ("may".equals(word) && tokens.capitalized(i) && (i > 0 && tokens.sentence[i - 1] == tokens.sentence[i]
                || i + 1 < tokens.size && tokens.kind[i + 1] == Tokens.NUMBER)) {
            return null; // "Fitch in May admitted", "May 29 , 2006 Boeing on Tuesday delivered": the month, no modal
        }
        Tense t = word == null ? null : words.get(word);
        if (t != null) {
            return t;
        }
        for (String[] s : suffixes) {
            if (tokens.length(i) > s[0].length() + 2 && tokens.endsWith(i, s[0])) {
                return Tense.valueOf(s[1]);
            }
        }
        return null;
    }

    /** The words the cues compare tokens with, which the tokenizer must know. */
    Set<String> words() {
        Set<String> all = new HashSet<>(words.keySet());
        pairs.forEach((first, second) -> {
            all.add(first);
            all.addAll(second.keySet());
        });
        all.addAll(auxiliaries);
        all.addAll(particles);
        all.addAll(DETERMINERS);
        all.addAll(PREPOSITIONS);
        all.addAll(SUBORDINATORS);
        all.add("still");
        all.add("to");
        all.addAll(GROUP_FILLERS);
        return all;
    }

    /**
     * The tense of the verb group around a cue at token i: a main verb that looks ahead ("is expected") decides,
     * else the group's first auxiliary with a tense ("will be held", "had been sold"), else the cue itself.
     */
    private Tense group(Tokens tokens, int i) {
        if (particles.contains(tokens.lower[i])) {
            return at(tokens, i); // "is since year-end": the change dates from then
        }
        int sentence = tokens.sentence[i];
        int first = i;
        while (first > 0 && tokens.sentence[first - 1] == sentence && auxiliaries.contains(tokens.lower[first - 1])) {
            first--;
        }
        int main = i;
        while (main + 1 < tokens.size && tokens.sentence[main + 1] == sentence
                && auxiliaries.contains(tokens.lower[main])) {
            main++;
        }
        Tense mainTense = main != first && bare.contains(tokens.lower[main]) ? null : at(tokens, main);
        if (mainTense == Tense.FUTURE && !"had".equals(tokens.lower[first])) {
            // "is expected", "will be"; but what "had been due" by a past time is past by now
            return Tense.FUTURE;
        }
        if (mainTense == Tense.PRESENT && main != first && pairAt(tokens, main)) {
            return Tense.PRESENT; // "has decided to admit them in March": the infinitive's time, not the auxiliary's
        }
        if (mainTense == null && in(tokens, first, BE_PRESENT) && participle(tokens, main)) {
            return Tense.PROGRESSIVE; // "are meeting"
        }
        for (int k = first; k < main; k++) {
            Tense t = at(tokens, k);
            if (t != null && t != Tense.UNKNOWN) {
                return t;
            }
        }
        Tense own = at(tokens, i);
        return mainTense != null && mainTense != Tense.UNKNOWN && main != i ? mainTense : own;
    }

    /**
     * The tense of the predicate an expression at tokens [start, end) attaches to, within its clause [from, to)
     * ({@link ExpressionClause}): the nearest verb group before it ("was sold in March"), else the first one after it
     * ("In March, prices rose"); when the clause has none, the nearest cue around. In a clause of time or condition
     * the present speaks of what is ahead ("before a helpline is opened in the autumn").
     */
    Tense governing(Tokens tokens, int start, int end, int from, int to) {
        Tense tense = governingVerb(tokens, start, end, from, to);
        // the clause opens with the word, not with the expression: "before Friday's purchases" is a preposition
        return tense == Tense.PRESENT && from < start - 1 && in(tokens, from, SUBORDINATORS) ? Tense.FUTURE : tense;
    }

    private Tense governingVerb(Tokens tokens, int start, int end, int from, int to) {
        for (int i = start - 1; i >= from; i--) {
            if (",".equals(tokens.lower[i]) && end < tokens.size && tokens.sentence[end] == tokens.sentence[start]
                    && verbAt(tokens, end) == Tense.PAST && group(tokens, end) == Tense.PAST) {
                // "in what appeared to be a repeat of the operation, the withdrawal soon turned into a rout": a past
                // verb right after the expression is its own, a verb before the comma belongs to what was fronted
                // ("the total for Monday would be", "the dome on Wednesday was to" are said of a noun's day)
                return Tense.PAST;
            }
            if (infinitiveWithObject(tokens, i)) {
                // "placed orders in the morning to start the first trading day for November": the infinitive's
                // event comes after the verb before it, so only a verb that looks ahead tells its side of now
                Tense before = i > from ? verbAt(tokens, i - 1) : null;
                return before == Tense.FUTURE ? Tense.FUTURE : Tense.PRESENT;
            }
            if (verbAt(tokens, i) != null && !infinitive(tokens, i)) {
                if ("until".equals(tokens.lower[i]) && pastPerfectAround(tokens, i, end, from, to)) {
                    // "Until Thursday, they had not called him a suspect", "until Saturday none of the sludge had
                    // reached the shore": what had not happened until a day tells a day past ("was postponed until
                    // Thursday", "had decided to delay action until Monday" still look ahead)
                    return Tense.PAST;
                }
                return group(tokens, i);
            }
        }
        for (int i = end; i < to; i++) {
            if (verbAt(tokens, i) != null && !infinitive(tokens, i)) {
                return group(tokens, i);
            }
        }
        return around(tokens, start, end);
    }

    /**
     * Whether the verb that governs the clause of token i, an "until" or the first token of an expression, besides
     * an "until" itself (the nearest verb before i, else the first after the expression that ends at {@code end}), is
     * a past perfect: a group in the past opened by "had" ("had not called", "had been planning", "had n't
     * analyzed").
     */
    boolean pastPerfectAround(Tokens tokens, int i, int end, int from, int to) {
        int verb = -1;
        for (int k = i - 1; k >= from && verb < 0; k--) {
            if (verbAt(tokens, k) != null && !infinitive(tokens, k)) {
                verb = k;
            }
        }
        // the clause found may stop short of its verb ("Until Wednesday , BP also had been planning"): the sentence's
        // next words within the window speak then
        int last = Math.max(to, Math.min(tokens.size, end + WINDOW));
        for (int k = end; k < last && verb < 0 && tokens.sentence[k] == tokens.sentence[i]; k++) {
            if (verbAt(tokens, k) != null && !infinitive(tokens, k)) {
                verb = k;
            }
        }
        if (verb < 0 || group(tokens, verb) != Tense.PAST) {
            return false;
        }
        for (int k = verb; k >= 0 && tokens.sentence[k] == tokens.sentence[verb]; k--) {
            if ("had".equals(tokens.lower[k])) {
                return true;
            }
            if (!auxiliaries.contains(tokens.lower[k]) && k != verb && !in(tokens, k, GROUP_FILLERS)) {
                return false;
            }
        }
        return false;
    }

    /** Whether no cue stands in the sentence within the given tokens before and after tokens [start, end). */
    boolean silent(Tokens tokens, int start, int end, int before, int after) {
        int sentence = tokens.sentence[start];
        for (int i = Math.max(0, start - before); i < Math.min(tokens.size, end + after); i++) {
            if ((i < start || i >= end) && tokens.sentence[i] == sentence && verbAt(tokens, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tense of the sentence around tokens [start, end), for an expression whose clause has no verb (an
     * apposition in brackets, a heading): the nearest cue in the sentence wins, the left one on ties.
     */
    private Tense around(Tokens tokens, int start, int end) {
        int sentence = tokens.sentence[start];
        Tense left = null;
        int leftDistance = Integer.MAX_VALUE;
        for (int i = start - 1; i >= 0 && start - i <= WINDOW && tokens.sentence[i] == sentence; i--) {
            if (tokens.kind[i] != Tokens.WORD) {
                continue;
            }
            Tense t = at(tokens, i);
            if (t != null && t != Tense.UNKNOWN) {
                left = group(tokens, i);
                leftDistance = start - i;
                break;
            }
        }
        for (int i = end; i < tokens.size && i - end + 1 < leftDistance && i - end < WINDOW
                && tokens.sentence[i] == sentence; i++) {
            if (tokens.kind[i] != Tokens.WORD) {
                if (left != null && ",".equals(tokens.lower[i])) {
                    // past a comma comes another clause, often a reporting one ("... as soon as Tuesday, Castro
                    // said"): the verb before the expression governs it
                    break;
                }
                continue;
            }
            Tense t = at(tokens, i);
            if (t != null && t != Tense.UNKNOWN) {
                if (left != null && !listed(tokens, i) && !auxiliaries.contains(tokens.lower[i - 1])) {
                    // a lone "-ed" word after the expression is as likely a participle ("new markets untouched
                    // by the crisis") as a verb: the verb before the expression is the surer cue
                    break;
                }
                return group(tokens, i);
            }
        }
        return left == null ? Tense.UNKNOWN : left;
    }

    /**
     * The cue of the word at token i when it is a verb or particle with a tense; an "-ed" word after a determiner
     * or a preposition is an adjective ("on a still unspecified date", "for invited guests") and no cue.
     */
    private Tense verbAt(Tokens tokens, int i) {
        if (tokens.kind[i] != Tokens.WORD) {
            return null;
        }
        Tense t = at(tokens, i);
        if (t == null || t == Tense.UNKNOWN) {
            return null;
        }
        if (!listed(tokens, i) && (in(tokens, i - 1, DETERMINERS) || in(tokens, i - 1, PREPOSITIONS)
                || i > 1 && (tokens.endsWith(i - 1, "ly") || "still".equals(tokens.lower[i - 1]))
                && in(tokens, i - 2, DETERMINERS))) {
            return null;
        }
        if (words.containsKey(tokens.lower[i]) && !pairAt(tokens, i) && !tokens.endsWith(i, "ed")
                && !auxiliaries.contains(tokens.lower[i]) && !particles.contains(tokens.lower[i])
                && in(tokens, i - 1, DETERMINERS)) {
            return null; // "unveiled his plans in March", "the hosts": a noun; "the expected rise" still looks ahead
        }
        return t;
    }

    /** Whether token i is a present participle: a word in -ing ("meeting", "leaving"). */
    private static boolean participle(Tokens tokens, int i) {
        return tokens.kind[i] == Tokens.WORD && tokens.length(i) > 4 && tokens.endsWith(i, "ing")
                && !NOT_PARTICIPLES.contains(tokens.text.subSequence(tokens.start[i], tokens.end[i]).toString()
                        .toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the verb group of the cue at token i is an infinitive ("guidelines to be published in November will
     * ..."): it has no tense of its own, the finite verb of its clause has.
     */
    private boolean infinitive(Tokens tokens, int i) {
        int first = i;
        while (first > 0 && auxiliaries.contains(tokens.lower[first - 1])) {
            first--;
        }
        return first > 0 && "to".equals(tokens.lower[first - 1]);
    }

    /** Whether token i opens a to-infinitive with its object: "to" + a lowercase word + a determiner. */
    private boolean infinitiveWithObject(Tokens tokens, int i) {
        return "to".equals(tokens.lower[i]) && i + 2 < tokens.size && tokens.kind[i + 1] == Tokens.WORD
                && !tokens.capitalized(i + 1) && !in(tokens, i + 1, DETERMINERS) && in(tokens, i + 2, DETERMINERS);
    }

    /** Whether token i is one of the words (a word no list names has no lower-case form). */
    private static boolean in(Tokens tokens, int i, Set<String> words) {
        return i >= 0 && tokens.lower[i] != null && words.contains(tokens.lower[i]);
    }
}

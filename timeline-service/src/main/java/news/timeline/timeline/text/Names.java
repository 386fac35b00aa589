package news.timeline.timeline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Loose matching of person, organization and place names as different reports write them: "Trump",
 * "Mr. Trump" and "Donald Trump" name the same actor; "Donald Trump" and "Donald Tusk" do not.
 */
public final class Names {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "president", "pres",
            "sen", "senator", "rep", "gov", "governor", "gen", "general", "minister", "prime", "chancellor", "king",
            "queen", "prince", "pope", "the");

    private Names() {
    }

    /** Names recur in every merge; their words are kept, up to a bound (then the cache starts afresh). */
    private static final int CACHED_NAMES = 50_000;
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();

    /** Name words without titles, lower case. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> words = WORDS.get(name);
        if (words == null) {
            words = ContentWords.tokens(name).stream().filter(w -> !TITLES.contains(w)).toList();
            if (WORDS.size() >= CACHED_NAMES) {
                WORDS.clear();
            }
            WORDS.put(name, words);
        }
        return words;
    }

    /** True when the shorter name's words all occur in the longer one and both end with the same word. */
    public static boolean same(String a, String b) {
        if (a != null && a.equals(b)) {
            // the common case between reports of one story, answered without looking the words up
            return !words(a).isEmpty();
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return longer.containsAll(shorter) && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
    }

    /**
     * Matched names over all distinct names (a Jaccard coefficient with loose matching): 1 when both reports name
     * the same actors, 1/3 for {Trump, Macron} against {Trump, Putin}.
     */
    public static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> smaller = a.size() <= b.size() ? a : b;
        List<String> larger = smaller == a ? b : a;
        int matched = matchedIn(smaller, larger);
        return matched / (double) (a.size() + b.size() - matched);
    }

    /**
     * Share of the smaller list's names found in the larger one (an overlap coefficient with loose matching): 1 when
     * one article's main actors are among the other's, whatever else the other is about.
     */
    public static double containment(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> smaller = a.size() <= b.size() ? a : b;
        List<String> larger = smaller == a ? b : a;
        return matchedIn(smaller, larger) / (double) smaller.size();
    }

    /** How many of the names have a match in the other list (plain loops: this runs for every pair of reports). */
    private static int matchedIn(List<String> names, List<String> others) {
        int matched = 0;
        for (String name : names) {
            for (String other : others) {
                if (same(name, other)) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /**
     * The actors named by at least {@code minEvents} of the given events, most named first, each in its fullest
     * form ("Vladimir Putin" over "Putin"); an event naming an actor twice counts once.
     */
    public static List<String> mostNamed(List<List<String>> actorsPerEvent, int minEvents, int max) {
        List<String> forms = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<String> actors : actorsPerEvent) {
            Set<Integer> counted = new HashSet<>();
            for (String actor : actors) {
                int known = indexOfSame(forms, actor);
                if (known < 0) {
                    forms.add(actor);
                    counts.add(0);
                    known = forms.size() - 1;
                } else if (words(actor).size() > words(forms.get(known)).size()) {
                    forms.set(known, actor);
                }
                if (counted.add(known)) {
                    counts.set(known, counts.get(known) + 1);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (counts.get(i) >= minEvents) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> -counts.get(i)).thenComparing(i -> i));
        return order.stream().limit(max).map(forms::get).toList();
    }

    private static int indexOfSame(List<String> forms, String name) {
        for (int i = 0; i < forms.size(); i++) {
            if (same(forms.get(i), name)) {
                return i;
            }
        }
        return -1;
    }
}

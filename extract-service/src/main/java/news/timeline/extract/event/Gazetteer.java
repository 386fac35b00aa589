package news.timeline.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.WordLists;

/** Places from gazetteer.tsv: countries, capitals, major cities, US states, regions, each with its usual name. */
final class Gazetteer {

    private final Map<String, String> usualNames = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final int longestWords;

    Gazetteer() {
        int longest = 1;
        for (String line : WordLists.lines("gazetteer.tsv")) {
            String[] parts = line.split("\t");
            usualNames.put(parts[1], parts.length > 2 ? parts[2] : parts[1]);
            kinds.put(parts[1], parts[0]);
            longest = Math.max(longest, Word.of(parts[1]).size());
        }
        longestWords = longest;
    }

    /**
     * The longest place name starting at word {@code from}, as the number of words it spans, or 0.
     */
    int match(String text, List<Word> words, int from) {
        for (int n = Math.min(longestWords, words.size() - from); n >= 1; n--) {
            String name = text.substring(words.get(from).start(), words.get(from + n - 1).end());
            if (usualNames.containsKey(name) || usualNames.containsKey(LocationFinder.stripPossessive(name))) {
                return n;
            }
        }
        return 0;
    }

    /** The place's name as written at those words, without a possessive ending. */
    String nameAt(String text, List<Word> words, int from, int count) {
        return LocationFinder.stripPossessive(text.substring(words.get(from).start(),
                words.get(from + count - 1).end()));
    }

    boolean contains(String name) {
        return usualNames.containsKey(name);
    }

    String usualName(String name) {
        return usualNames.getOrDefault(name, name);
    }

    boolean isCountry(String name) {
        return "country".equals(kinds.get(name));
    }
}

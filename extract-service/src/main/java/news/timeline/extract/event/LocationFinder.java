package news.timeline.extract.event;

import java.util.List;
import java.util.Set;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.WordLists;

/**
 * Finds where a statement happened: a place after "in", "at" or "to" (optionally "the"), taken from the gazetteer,
 * or else a capitalized name after "in" that is not a date, an organization or a known actor. A city followed by
 * its country reads "Helsinki, Finland". Of several places, the one nearest the statement's date wins.
 */
final class LocationFinder {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "to");

    private final Gazetteer gazetteer;
    private final Set<String> nonActorWords = WordLists.exact("non-actor-words.txt");
    private final Set<String> organizationCues = WordLists.exact("organization-cues.txt");

    LocationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param text       the article text
     * @param from       start of the statement
     * @param to         end of the statement
     * @param dateOffset where the statement's date is, to choose among several places
     * @param actors     the article's names of people and organizations, never taken for places
     */
    String find(String text, int from, int to, int dateOffset, KnownNames actors) {
        List<Word> words = Word.of(text, from, to);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < words.size(); i++) {
            String preposition = words.get(i).text();
            if (!PREPOSITIONS.contains(preposition)) {
                continue;
            }
            int at = i + 1;
            if ("the".equals(words.get(at).text()) && at + 1 < words.size()) {
                at++;
            }
            String place = placeAt(text, words, at, "in".equals(preposition) && at == i + 1, actors);
            if (place != null) {
                int distance = Math.abs(words.get(at).start() - dateOffset);
                if (distance < bestDistance) {
                    best = place;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private String placeAt(String text, List<Word> words, int at, boolean guessAllowed, KnownNames actors) {
        int n = gazetteer.match(text, words, at);
        if (n > 0) {
            String name = gazetteer.nameAt(text, words, at, n);
            if (at + n < words.size() && organizationCues.contains(words.get(at + n).text())) {
                return null;
            }
            String place = gazetteer.usualName(name);
            int next = at + n;
            if (!gazetteer.isCountry(name) && next < words.size()
                    && text.substring(words.get(next - 1).end(), words.get(next).start()).equals(", ")) {
                int country = gazetteer.match(text, words, next);
                String countryName = country == 0 ? null : gazetteer.nameAt(text, words, next, country);
                if (countryName != null && gazetteer.isCountry(countryName)) {
                    place = place + ", " + gazetteer.usualName(countryName);
                }
            }
            return place;
        }
        if (!guessAllowed) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = at; i < words.size() && words.get(i).capitalized(); i++) {
            Word word = words.get(i);
            String bare = stripPossessive(word.text());
            if (nonActorWords.contains(bare) || organizationCues.contains(bare) || word.acronym()
                    || Character.isDigit(bare.charAt(0))) {
                return null;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(bare);
            if (!bare.equals(word.text())) {
                break;
            }
        }
        String guess = name.toString();
        return guess.isEmpty() || actors.partOfAnActor(guess) ? null : guess;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}

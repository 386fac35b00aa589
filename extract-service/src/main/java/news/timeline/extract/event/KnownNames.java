package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names an article mentions, gathered once per article. Every event of the article asks for the long form of
 * its names ("Putin" as "Vladimir Putin"); looking the long forms up by last word keeps that cost per event
 * independent of how many names a long page mentions (a 240,000-character page names thousands).
 */
final class KnownNames {

    /** A person's name of several words, whole and as its words. */
    private record Person(String text, String[] words) {
    }

    /** Each person's name of several words, by its last word, once each, in the order the article first names it. */
    private final Map<String, List<Person>> personsByLastWord = new HashMap<>();
    /**
     * The names that are actors on their own (see {@link ActorFinder.Name#needsLongForm()}), in lower case, one a
     * line: one search tells whether any of them holds a phrase.
     */
    private final String completeLines;

    KnownNames(Collection<ActorFinder.Name> names) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> whole = new LinkedHashSet<>();
        for (ActorFinder.Name name : names) {
            if (name.person() && !name.singleWord()) {
                persons.add(name.text());
            }
            if (!name.needsLongForm()) {
                whole.add(name.text());
            }
        }
        for (String person : persons) {
            String[] words = person.split(" ");
            personsByLastWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>())
                    .add(new Person(person, words));
        }
        completeLines = String.join("\n", whole).toLowerCase(Locale.ROOT);
    }

    /**
     * The longest person's name of the article that ends with the same word as this name and, when this name has
     * several words, starts with the same word; the first named of equally long ones; the name itself when none.
     */
    String longestForm(String name) {
        String[] tokens = name.split(" ");
        String best = null;
        for (Person other : personsByLastWord.getOrDefault(tokens[tokens.length - 1], List.of())) {
            boolean sameFirst = tokens.length == 1 || other.words()[0].equals(tokens[0]);
            if (sameFirst && other.words().length >= tokens.length
                    && (best == null || other.text().length() > best.length())) {
                best = other.text();
            }
        }
        return best != null ? best : name;
    }

    /**
     * Whether a phrase of one line is part of one of the article's names that are actors on their own, ignoring case:
     * a capitalized word after "in" that is part of such a name is that actor, not a place.
     */
    boolean partOfAnActor(String phrase) {
        return completeLines.contains(phrase.toLowerCase(Locale.ROOT));
    }
}

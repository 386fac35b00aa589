package news.timeline.timeline.merge;

import news.timeline.timeline.text.Names;

import news.timeline.timeline.text.ContentWords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Derives an entry's description from its reports: the most specific date, the statement of the most certain
 * report, everyone named, the place most reports give, and how many outlets reported it.
 */
@ApplicationScoped
public class EntrySummarizer {

    private static final Comparator<Mention> MOST_SPECIFIC_DATE = Comparator
            .comparingLong((Mention m) -> m.dateEnd.toEpochDay() - m.dateStart.toEpochDay())
            .thenComparing(m -> m.dateStart)
            .thenComparing(m -> m.id);

    private static final Comparator<Mention> BEST_STATEMENT = Comparator
            .comparing((Mention m) -> m.status).reversed()
            .thenComparing(Comparator.comparingDouble((Mention m) -> m.confidence).reversed())
            .thenComparing(m -> m.id);

    /** Rewrites the entry's derived fields from its (non-empty) mentions. */
    public void summarize(TimelineEntry entry, List<Mention> mentions) {
        Mention dated = mentions.stream().min(MOST_SPECIFIC_DATE).orElseThrow();
        entry.dateValue = dated.dateValue;
        entry.granularity = dated.granularity;
        entry.dateStart = dated.dateStart;
        entry.dateEnd = dated.dateEnd;
        entry.text = mentions.stream().min(BEST_STATEMENT).orElseThrow().text;
        entry.status = mentions.stream().map(m -> m.status).max(Comparator.naturalOrder()).orElse(EventStatus.OCCURRED);
        replaceActors(entry, actors(mentions));
        entry.location = mostCommonLocation(mentions);
        entry.confidence = mentions.stream().mapToDouble(m -> m.confidence).max().orElse(0);
        entry.mentionCount = mentions.size();
        entry.sourceCount = (int) mentions.stream().map(m -> m.article.outletKey()).distinct().count();
        entry.searchText = searchText(mentions);
        entry.updatedAt = Instant.now();
    }

    /** Everyone the reports name, once each, by the fullest form of the name any report uses. */
    static List<String> actors(List<Mention> mentions) {
        List<String> names = new ArrayList<>();
        for (Mention mention : mentions) {
            for (String actor : mention.actors) {
                String name = actor.trim();
                if (name.isEmpty()) {
                    continue;
                }
                int known = indexOfSame(names, name);
                if (known < 0) {
                    names.add(name);
                } else if (Names.words(name).size() > Names.words(names.get(known)).size()) {
                    names.set(known, name);
                }
            }
        }
        return names;
    }

    private static int indexOfSame(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (Names.same(names.get(i), name)) {
                return i;
            }
        }
        return -1;
    }

    private static void replaceActors(TimelineEntry entry, List<String> actors) {
        if (!entry.actors.equals(actors)) {
            entry.actors.clear();
            entry.actors.addAll(actors);
        }
    }

    private static String mostCommonLocation(List<Mention> mentions) {
        Map<String, Long> counts = mentions.stream().map(m -> m.location).filter(l -> l != null && !l.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String searchText(List<Mention> mentions) {
        Set<String> words = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            words.addAll(ContentWords.tokens(mention.text));
            words.addAll(ContentWords.tokens(mention.sentence));
        }
        return " " + String.join(" ", words) + " ";
    }
}

package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.timeline.timeline.text.Names;

/**
 * The keys by which a report finds the entries it may belong to: each of its telling words (actors' surnames, its
 * longest content words) paired with a date bucket ({@link DateBuckets}), e.g. {@code putin@m2018-7}. Reports that
 * can merge share a word (the merge needs shared actors or words) and a bucket (their dates nest), hence a key; a
 * GIN index over the entries' keys turns the candidate search into an index probe of a few short posting lists.
 */
final class MergeKeys {

    /** Telling words of one report. */
    static final int REPORT_WORDS = 8;
    /** Telling words an entry keeps, from its sample reports. */
    static final int ENTRY_WORDS = 24;

    private MergeKeys() {
    }

    /** The report's telling words: the surnames it names (else its article's main actors'), then its longest words. */
    static List<String> words(MentionFeatures report) {
        Set<String> words = new LinkedHashSet<>();
        List<String> actors = report.actors().isEmpty() ? report.topicActors() : report.actors();
        for (String actor : actors) {
            List<String> parts = Names.words(actor);
            if (!parts.isEmpty()) {
                words.add(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT));
            }
        }
        report.contentWords().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(words::add);
        return words.stream().limit(REPORT_WORDS).toList();
    }

    /** Keys to look up candidates for a report dated start..end. */
    static String[] lookup(List<String> words, LocalDate start, LocalDate end) {
        return pair(words, DateBuckets.around(start, end));
    }

    /** Keys under which an entry dated start..end with these telling words is found. */
    static String[] filing(Collection<String> words, LocalDate start, LocalDate end) {
        return pair(words.stream().limit(ENTRY_WORDS).toList(), DateBuckets.of(start, end));
    }

    private static String[] pair(Collection<String> words, Set<String> buckets) {
        List<String> keys = new ArrayList<>(words.size() * buckets.size());
        for (String word : words) {
            for (String bucket : buckets) {
                keys.add(word + "@" + bucket);
            }
        }
        return keys.toArray(String[]::new);
    }
}

package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import news.timeline.contract.EventStatus;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.text.ContentWords;

/**
 * What the merge compares of a report: who, what, where, when, and whether it happened.
 *
 * @param articleId    the reporting article
 * @param dateValue    TIMEX3 value
 * @param start        first day of the date
 * @param end          last day of the date
 * @param actors       names as reported
 * @param topicActors  the main actors of the reporting article, which the report is about when it names nobody
 * @param contentWords stemmed content words of the statement, without its date words
 * @param location     place, or null
 * @param status       occurred, planned...
 * @param superseded   true for the earlier version of an article being re-processed: it still guides the new
 *                     version back to its entry but no longer constrains it
 */
public record MentionFeatures(String articleId, String dateValue, LocalDate start, LocalDate end,
        List<String> actors, List<String> topicActors, Set<String> contentWords, String location, EventStatus status,
        boolean superseded) {

    /** The words as the merge compares them, whatever set they came in. */
    public MentionFeatures {
        contentWords = WordSet.of(contentWords);
    }

    public static MentionFeatures of(Mention mention, boolean superseded) {
        return new MentionFeatures(mention.article.id, mention.dateValue, mention.dateStart, mention.dateEnd,
                List.copyOf(mention.actors), List.copyOf(mention.article.mainActors),
                ContentWords.of(mention.text, mention.dateText), mention.location, mention.status, superseded);
    }

    /**
     * A stored sample of an entry, as the candidate cache keeps it: its strings interned (the samples of one story
     * repeat the same words and names) and its collections compact, so that many more candidates fit in the cache.
     */
    static MentionFeatures of(EntryProfile.Sample sample) {
        return new MentionFeatures(intern(sample.article()), intern(sample.date()), LocalDate.parse(sample.start()),
                LocalDate.parse(sample.end()), interned(sample.actors()), interned(sample.topicActors()),
                WordSet.of(sample.words().stream().map(String::intern).toList()),
                intern(sample.location()), EventStatus.valueOf(sample.status()), false);
    }

    private static List<String> interned(List<String> strings) {
        return strings.isEmpty() ? List.of() : List.of(strings.stream().map(String::intern).toArray(String[]::new));
    }

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }

    /** Dice coefficient of the two reports' content words. */
    double wordDice(MentionFeatures other) {
        return WordSet.dice((WordSet) contentWords, (WordSet) other.contentWords);
    }

    /** The same report as an earlier version of the article being processed. */
    MentionFeatures asSuperseded() {
        return new MentionFeatures(articleId, dateValue, start, end, actors, topicActors, contentWords, location,
                status, true);
    }

    EntryProfile.Sample sample(String text) {
        return new EntryProfile.Sample(articleId, dateValue, start.toString(), end.toString(),
                List.copyOf(contentWords), actors, topicActors, location, status.name(), text);
    }
}

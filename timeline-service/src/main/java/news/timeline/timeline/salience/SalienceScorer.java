package news.timeline.timeline.salience;

import news.timeline.timeline.text.Names;

import news.timeline.timeline.text.ContentWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.timeline.contract.EventStatus;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * How much an entry deserves a place on a short timeline: many independent outlets and reports, an event that
 * happened rather than one planned or merely possible, a precise date, and reports that put it up front (early in
 * the article, its actors in the headline).
 */
@ApplicationScoped
public class SalienceScorer {

    /** Characters into an article after which a report counts as half as central as one in the lead. */
    private static final double HALF_CENTRALITY_OFFSET = 1000;

    private final TimelineConfig.Salience weights;

    @Inject
    public SalienceScorer(TimelineConfig config) {
        this(config.salience());
    }

    SalienceScorer(TimelineConfig.Salience weights) {
        this.weights = weights;
    }

    /**
     * The entry's salience from what it keeps up to date: outlets, reports, status, date precision and the highest
     * centrality of its reports. Constant time, so it is maintained as reports arrive and ranked by an index.
     */
    public double score(TimelineEntry entry) {
        return weights.sourceWeight() * Math.log1p(entry.sourceCount)
                + weights.mentionWeight() * Math.log1p(entry.mentionCount)
                + weights.statusWeight() * statusScore(entry.status)
                + weights.specificityWeight() * entry.granularity.specificity()
                + weights.centralityWeight() * entry.centrality;
    }

    static double statusScore(EventStatus status) {
        return switch (status) {
            case OCCURRED -> 1.0;
            // an announced meeting, or one denied ("no work has begun on a summit"), is news in its own right
            case PLANNED -> 0.8;
            case POSSIBLE -> 0.5;
            case NEGATED -> 0.4;
        };
    }

    /** Content words a sentence must share with the headline to tell the story the headline tells. */
    private static final int HEADLINE_WORDS = 3;

    /**
     * 0..1: half for how early the sentence comes, half for a headline that names the entry's actors or place, or
     * that the sentence retells ("the pair will meet at the G20 summit" under "Trump to Meet Putin at G20 Summit").
     */
    public static double centrality(TimelineEntry entry, Mention mention, String focus) {
        double earliness = 1 / (1 + Math.max(0, mention.sentenceStart) / HALF_CENTRALITY_OFFSET);
        boolean headline = headlineNames(mention.article.title, entry, focus)
                || sharedWords(mention.article.title, mention.sentence) >= HEADLINE_WORDS;
        return 0.5 * earliness + 0.5 * (headline ? 1 : 0);
    }

    private static long sharedWords(String title, String sentence) {
        if (title == null || sentence == null) {
            return 0;
        }
        Set<String> headline = ContentWords.of(title, null);
        return ContentWords.of(sentence, null).stream().filter(headline::contains).count();
    }

    private static boolean headlineNames(String title, TimelineEntry entry, String focus) {
        if (title == null) {
            return false;
        }
        List<String> headline = ContentWords.tokens(title);
        if (focus != null && headline.containsAll(ContentWords.tokens(focus))) {
            return true;
        }
        for (String name : entry.actors) {
            List<String> words = Names.words(name);
            if (!words.isEmpty() && headline.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return entry.location != null && headline.containsAll(Names.words(entry.location))
                && !Names.words(entry.location).isEmpty();
    }
}

package news.timeline.timeline.merge;

import news.timeline.contract.timex.TimexValue;

import news.timeline.timeline.text.Names;


import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.timeline.timeline.config.TimelineConfig;

/**
 * Decides whether a report is about an event already on the timeline. A date match is necessary (one date lies
 * within the other, so 2018-W29 and 2018-07-16 can agree) but never sufficient: the reports must also agree in
 * content, i.e. share actors, statement words and place, weighted and compared with a threshold.
 */
@ApplicationScoped
public class MergeScorer {

    private final double actorWeight;
    private final double topicActorWeight;
    private final double textWeight;
    private final double locationWeight;
    private final double crossArticleThreshold;
    private final double sameArticleThreshold;

    @Inject
    public MergeScorer(TimelineConfig config) {
        this(config.merge().actorWeight(), config.merge().topicActorWeight(), config.merge().textWeight(),
                config.merge().locationWeight(), config.merge().crossArticleThreshold(),
                config.merge().sameArticleThreshold());
    }

    public MergeScorer(double actorWeight, double topicActorWeight, double textWeight, double locationWeight,
            double crossArticleThreshold, double sameArticleThreshold) {
        this.actorWeight = actorWeight;
        this.topicActorWeight = topicActorWeight;
        this.textWeight = textWeight;
        this.locationWeight = locationWeight;
        this.crossArticleThreshold = crossArticleThreshold;
        this.sameArticleThreshold = sameArticleThreshold;
    }

    /**
     * Content agreement of two reports in 0..1, a weighted mean over what both reports give (actors only count
     * when both name some, the place only when both name one). An event and its negation never agree.
     */
    public double agreement(MentionFeatures a, MentionFeatures b) {
        if (a.status().affirmative() != b.status().affirmative()) {
            return 0;
        }
        double score = textWeight * a.wordDice(b);
        double weights = textWeight;
        if (!a.actors().isEmpty() && !b.actors().isEmpty()) {
            score += actorWeight * Names.overlap(a.actors(), b.actors());
            weights += actorWeight;
        } else if (!a.topicActors().isEmpty() && !b.topicActors().isEmpty()) {
            // A report naming nobody ("officials are looking at dates for the event") is about its article's
            // main actors; that is weaker evidence than names in the statement itself.
            score += topicActorWeight * Names.containment(a.topicActors(), b.topicActors());
            weights += topicActorWeight;
        }
        if (a.location() != null && b.location() != null) {
            score += locationWeight * (Names.same(a.location(), b.location()) ? 1 : 0);
            weights += locationWeight;
        }
        return score / weights;
    }

    /**
     * True when two statements of one article have the same date value and nearly the same words. An article that
     * says something different about the same actors on the same day usually reports another fact.
     */
    boolean restates(MentionFeatures a, MentionFeatures b) {
        return a.dateValue().equals(b.dateValue())
                && a.wordDice(b) >= sameArticleThreshold;
    }

    /**
     * How well a report fits an entry dated {@code entryStart..entryEnd} with the given reports, or empty when it
     * does not fit: the dates must nest, some report must agree above the threshold, and no current report of the
     * same article may disagree (within one article only restatements merge, see {@link #restates}).
     */
    public OptionalDouble fit(MentionFeatures candidate, TimexValue candidateDate, LocalDate entryStart,
            LocalDate entryEnd, Collection<MentionFeatures> entryMentions) {
        if (!candidateDate.nests(entryStart, entryEnd)) {
            return OptionalDouble.empty();
        }
        double best = -1;
        for (MentionFeatures other : entryMentions) {
            boolean sameArticle = other.articleId().equals(candidate.articleId());
            double agreement = agreement(candidate, other);
            boolean agrees = agreement >= crossArticleThreshold && (!sameArticle || restates(candidate, other));
            if (sameArticle && !other.superseded() && !agrees) {
                return OptionalDouble.empty();
            }
            if (agrees) {
                best = Math.max(best, agreement);
            }
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}

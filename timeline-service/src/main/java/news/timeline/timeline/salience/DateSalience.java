package news.timeline.timeline.salience;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * How important a date is to a story, after DATEWISE (Gholipour Ghalandari and Ifrim 2020), who rank dates by how
 * many articles refer to them, from how far away, and how many are published on them:
 * <ul>
 * <li>every report of an event on the date among the story's entries is a reference to the date; a planned or merely
 * possible event counts as far as {@link SalienceScorer#statusScore} says (an announcement that then happened was
 * merged into the occurred event and counts once). In a timeline of the whole store (no words or entity pick a
 * story out of it) the store's counts below are the timeline's own and count articles, where one article that tells
 * an event at length gives it many reports: there the reports weigh only {@link #REPORTS_OF_WHOLE_STORE} each, and
 * order what the store does not count (weeks, months, years) and days it counts alike;</li>
 * <li>a day also counts the articles of the store that refer to it ({@link DayReference}): each once, and one that
 * looks back at the day from later by {@link #LOOK_BACK} times the log of the distance more (a day still recalled
 * weeks later mattered), and {@link #PUBLICATION} for each article published on it or the day after (reports of a
 * day appear on it and the next morning);</li>
 * <li>a week, month or year counts as much as it pins the events down ({@link Granularity#specificity()}): a
 * timeline of days prefers a day.</li>
 * </ul>
 */
public final class DateSalience {

    static final double LOOK_BACK = 0.5;
    static final double PUBLICATION = 0.5;
    /**
     * Weight of a report of the timeline's entries when the store's counts are the timeline's own: fitted on the nine
     * Timeline17 dev tasks (alignment ROUGE-1 + ROUGE-2; 0.05, 0.5 or 0 when fitted leaving out the topic scored;
     * README, "Dates by the articles that refer to them, 2026-12-01 (round 7)").
     */
    static final double REPORTS_OF_WHOLE_STORE = 0.05;

    private double references;
    private final double specificity;
    private final double reportWeight;

    /**
     * @param wholeStore whether the timeline is of everything the store holds in its period (no words or entity pick a
     *                   story out of it), so that the store's counts of a day are the timeline's own
     */
    public DateSalience(Granularity granularity, boolean wholeStore) {
        this.specificity = granularity.specificity();
        this.reportWeight = wholeStore ? REPORTS_OF_WHOLE_STORE : 1.0;
    }

    /** Adds an entry on the date with its number of reports and status. */
    public void add(int reports, EventStatus status) {
        references += reportWeight * reports * SalienceScorer.statusScore(status);
    }

    /** Adds the store's references to the day and its publications on it and on the next day. */
    public void refer(DayReference day, DayReference next) {
        references += day.referringArticles() + LOOK_BACK * day.laterDistance()
                + PUBLICATION * (day.publishedArticles() + next.publishedArticles());
    }

    public double score() {
        return specificity * references;
    }
}

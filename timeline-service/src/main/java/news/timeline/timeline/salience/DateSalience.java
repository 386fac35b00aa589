package news.timeline.timeline.salience;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * How important a date is to a story, after DATEWISE (Gholipour Ghalandari and Ifrim 2020), who rank dates by how
 * many articles refer to them, from how far away, and how many are published on them:
 * <ul>
 * <li>every report of an event on the date among the story's entries is a reference to the date; a planned or merely
 * possible event counts as far as {@link SalienceScorer#statusScore} says (an announcement that then happened was
 * merged into the occurred event and counts once);</li>
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

    private double references;
    private final double specificity;

    public DateSalience(Granularity granularity) {
        this.specificity = granularity.specificity();
    }

    /** Adds an entry on the date with its number of reports and status. */
    public void add(int reports, EventStatus status) {
        references += reports * SalienceScorer.statusScore(status);
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

package news.timeline.timeline.salience;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * How important a date is to a story, from the entries dated to it (after DATEWISE, Gholipour Ghalandari and Ifrim
 * 2020, who rank dates by how often articles refer to them): every report of an event on the date is a reference to
 * the date, so the date's score adds up the reports of its entries rather than taking its single best entry. A
 * planned or merely possible event counts as far as {@link SalienceScorer#statusScore} says (an announcement that
 * then happened was merged into the occurred event and counts once), and a week, month or year counts as much as it
 * pins the events down ({@link Granularity#specificity()}): a timeline of days prefers a day.
 */
public final class DateSalience {

    private double references;
    private final double specificity;

    public DateSalience(Granularity granularity) {
        this.specificity = granularity.specificity();
    }

    /** Adds an entry on the date with its number of reports and status. */
    public void add(int reports, EventStatus status) {
        references += reports * SalienceScorer.statusScore(status);
    }

    public double score() {
        return specificity * references;
    }
}

package news.timeline.extract.event;

import java.time.LocalDate;

/**
 * One piece of evidence about when an article was written: how well a candidate publication date fits it (0..1),
 * how much it counts, and what it says in words a reader can check.
 */
interface DctConstraint {

    double fit(LocalDate candidate);

    double weight();

    String describe();

    /** Whether it names a year by itself, so that the chosen year rests on the text rather than on a guess. */
    default boolean fixesYear() {
        return false;
    }
}

package news.timeline.timeline.salience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

class DateSalienceTest {

    @Test
    void aDateIsAsImportantAsTheReportsOfAllItsEvents() {
        DateSalience many = new DateSalience(Granularity.DAY, false);
        many.add(1, EventStatus.OCCURRED);
        many.add(1, EventStatus.OCCURRED);
        many.add(1, EventStatus.OCCURRED);
        DateSalience one = new DateSalience(Granularity.DAY, false);
        one.add(2, EventStatus.OCCURRED);
        assertThat(many.score()).isEqualTo(3.0).isGreaterThan(one.score());
    }

    @Test
    void aPlannedEventAndACoarserDateCountLess() {
        DateSalience planned = new DateSalience(Granularity.DAY, false);
        planned.add(2, EventStatus.PLANNED);
        DateSalience month = new DateSalience(Granularity.MONTH, false);
        month.add(2, EventStatus.OCCURRED);
        assertThat(planned.score()).isLessThan(2.0);
        assertThat(month.score()).isEqualTo(2 * Granularity.MONTH.specificity()).isLessThan(2.0);
    }

    @Test
    void aDayCountsTheArticlesReferringToItMoreFromLaterAndThosePublishedOnItAndTheDayAfter() {
        DateSalience sameDay = new DateSalience(Granularity.DAY, false);
        sameDay.add(2, EventStatus.OCCURRED);
        sameDay.refer(new DayReference(2, 0, 0), DayReference.NONE);
        DateSalience recalled = new DateSalience(Granularity.DAY, false);
        recalled.add(2, EventStatus.OCCURRED);
        recalled.refer(new DayReference(2, 2 * Math.log1p(30), 0), DayReference.NONE);
        assertThat(sameDay.score()).isEqualTo(4.0);
        assertThat(recalled.score()).isEqualTo(4.0 + DateSalience.LOOK_BACK * 2 * Math.log1p(30));

        DateSalience busy = new DateSalience(Granularity.DAY, false);
        busy.add(2, EventStatus.OCCURRED);
        busy.refer(new DayReference(2, 0, 3), new DayReference(5, 1, 2));
        assertThat(busy.score()).isEqualTo(4.0 + DateSalience.PUBLICATION * 5);
    }

    @Test
    void inATimelineOfTheWholeStoreTheArticlesReferringToADayOutweighOneArticleTellingItAtLength() {
        // One article reports its day's event twenty times; eight articles refer to the other day, three reports.
        DayReference toldAtLength = new DayReference(1, 0, 1);
        DayReference referredTo = new DayReference(8, 0, 1);
        assertThat(day(true, 3, referredTo).score()).isGreaterThan(day(true, 20, toldAtLength).score());

        // Picked out of a mixed stream, the store's counts are not the story's: its own reports keep their weight.
        DateSalience storyLong = day(false, 20, toldAtLength);
        DateSalience storyMany = day(false, 3, referredTo);
        assertThat(storyLong.score()).isGreaterThan(storyMany.score());
    }

    @Test
    void inATimelineOfTheWholeStoreTheReportsStillOrderWhatTheStoreDoesNotCount() {
        DateSalience busyMonth = new DateSalience(Granularity.MONTH, true);
        busyMonth.add(10, EventStatus.OCCURRED);
        DateSalience quietMonth = new DateSalience(Granularity.MONTH, true);
        quietMonth.add(2, EventStatus.OCCURRED);
        assertThat(busyMonth.score()).isGreaterThan(quietMonth.score()).isPositive();
    }

    /** A day of occurred reports that the store's articles refer to as the reference says. */
    private static DateSalience day(boolean wholeStore, int reports, DayReference references) {
        DateSalience day = new DateSalience(Granularity.DAY, wholeStore);
        day.add(reports, EventStatus.OCCURRED);
        day.refer(references, DayReference.NONE);
        return day;
    }
}

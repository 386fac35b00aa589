package news.timeline.timeline.salience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

class DateSalienceTest {

    @Test
    void aDateIsAsImportantAsTheReportsOfAllItsEvents() {
        DateSalience many = new DateSalience(Granularity.DAY);
        many.add(1, EventStatus.OCCURRED);
        many.add(1, EventStatus.OCCURRED);
        many.add(1, EventStatus.OCCURRED);
        DateSalience one = new DateSalience(Granularity.DAY);
        one.add(2, EventStatus.OCCURRED);
        assertThat(many.score()).isEqualTo(3.0).isGreaterThan(one.score());
    }

    @Test
    void aPlannedEventAndACoarserDateCountLess() {
        DateSalience planned = new DateSalience(Granularity.DAY);
        planned.add(2, EventStatus.PLANNED);
        DateSalience month = new DateSalience(Granularity.MONTH);
        month.add(2, EventStatus.OCCURRED);
        assertThat(planned.score()).isLessThan(2.0);
        assertThat(month.score()).isEqualTo(2 * Granularity.MONTH.specificity()).isLessThan(2.0);
    }

    @Test
    void aDayCountsTheArticlesReferringToItMoreFromLaterAndThosePublishedOnItAndTheDayAfter() {
        DateSalience sameDay = new DateSalience(Granularity.DAY);
        sameDay.add(2, EventStatus.OCCURRED);
        sameDay.refer(new DayReference(2, 0, 0), DayReference.NONE);
        DateSalience recalled = new DateSalience(Granularity.DAY);
        recalled.add(2, EventStatus.OCCURRED);
        recalled.refer(new DayReference(2, 2 * Math.log1p(30), 0), DayReference.NONE);
        assertThat(sameDay.score()).isEqualTo(4.0);
        assertThat(recalled.score()).isEqualTo(4.0 + DateSalience.LOOK_BACK * 2 * Math.log1p(30));

        DateSalience busy = new DateSalience(Granularity.DAY);
        busy.add(2, EventStatus.OCCURRED);
        busy.refer(new DayReference(2, 0, 3), new DayReference(5, 1, 2));
        assertThat(busy.score()).isEqualTo(4.0 + DateSalience.PUBLICATION * 5);
    }
}

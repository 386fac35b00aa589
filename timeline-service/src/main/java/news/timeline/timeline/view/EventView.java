package news.timeline.timeline.view;

import java.util.List;

import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Granularity;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * A timeline entry with all its reports.
 *
 * @param date    TIMEX3 value of the most specific date reported
 * @param sources number of distinct outlets reporting it
 */
public record EventView(long id, String date, Granularity granularity, DateRangeView dateRange, String text,
        EventStatus status, List<String> actors, String location, double confidence, int sources,
        List<MentionView> mentions) {

    public static EventView of(TimelineEntry e, List<Mention> mentions) {
        return new EventView(e.id, e.dateValue, e.granularity, new DateRangeView(e.dateStart, e.dateEnd), e.text,
                e.status, List.copyOf(e.actors), e.location, e.confidence, e.sourceCount,
                mentions.stream().map(MentionView::of).toList());
    }
}

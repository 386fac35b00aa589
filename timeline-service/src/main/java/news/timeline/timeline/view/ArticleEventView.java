package news.timeline.timeline.view;

import java.util.List;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * An event as one article reported it, with the timeline entry it was filed under.
 *
 * @param eventId   id of the timeline entry ({@code /api/events/{eventId}})
 * @param dateStart offset of the temporal expression in the article text
 * @param dateEnd   offset just past it
 */
public record ArticleEventView(long eventId, String date, Granularity granularity, DateRangeView dateRange,
        String dateText, int dateStart, int dateEnd, String text, String sentence, int sentenceStart,
        int sentenceEnd, List<String> actors, String location, EventStatus status, double confidence) {
}

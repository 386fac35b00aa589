package news.timeline.timeline.view;

import java.util.List;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;
import news.timeline.timeline.entity.Mention;

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

    public static ArticleEventView of(Mention m) {
        return new ArticleEventView(m.entry.id, m.dateValue, m.granularity, new DateRangeView(m.dateStart, m.dateEnd),
                m.dateText, m.dateOffsetStart, m.dateOffsetEnd, m.text, m.sentence, m.sentenceStart, m.sentenceEnd,
                List.copyOf(m.actors), m.location, m.status, m.confidence);
    }
}

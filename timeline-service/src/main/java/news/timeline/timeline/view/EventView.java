package news.timeline.timeline.view;

import java.util.List;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * A timeline entry with its first reports; all of them are paged at {@code mentionsUrl}.
 *
 * @param date          TIMEX3 value of the most specific date reported
 * @param sources       number of distinct outlets reporting it
 * @param mentionCount  number of reports
 * @param mentions      the first reports (a bounded number)
 * @param mentionsUrl   where every report is listed, a page at a time
 */
public record EventView(long id, String date, Granularity granularity, DateRangeView dateRange, String text,
        EventStatus status, List<String> actors, String location, double confidence, int sources, int mentionCount,
        List<MentionView> mentions, String mentionsUrl) {

    public static String mentionsUrl(long id) {
        return "/api/events/" + id + "/mentions";
    }
}

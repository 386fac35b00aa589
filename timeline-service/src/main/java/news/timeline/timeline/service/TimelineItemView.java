package news.timeline.timeline.service;

import java.util.List;

import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Granularity;

/**
 * One of the most salient entries for a query.
 *
 * @param summary    the entry's statement
 * @param statements the distinct statements of its reports
 * @param sources    number of distinct outlets
 * @param mentions   number of reports
 * @param salience   the score it was ranked by
 * @param outlets    the reporting articles
 */
public record TimelineItemView(long id, String date, Granularity granularity, DateRangeView dateRange, String summary,
        List<String> statements, EventStatus status, List<String> actors, String location, int sources, int mentions,
        double salience, List<OutletView> outlets) {
}

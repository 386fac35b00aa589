package news.timeline.timeline.view;

import java.util.List;

import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Granularity;

/**
 * One of the most salient dates for a query, led by its most salient entry.
 *
 * @param id         the leading entry
 * @param summary    the leading entry's statement
 * @param statements the distinct statements of the leading entry's reports, then those of the date's other entries
 * @param sources    number of distinct outlets reporting on the date
 * @param mentions   number of reports on the date
 * @param salience   the leading entry's score, by which the date was ranked
 * @param outlets    the reporting articles, each once
 * @param entries    every entry of the date, most salient first
 */
public record TimelineItemView(long id, String date, Granularity granularity, DateRangeView dateRange, String summary,
        List<String> statements, EventStatus status, List<String> actors, String location, int sources, int mentions,
        double salience, List<OutletView> outlets, List<Long> entries) {
}

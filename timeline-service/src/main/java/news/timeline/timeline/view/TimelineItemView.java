package news.timeline.timeline.view;

import java.util.List;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * One of the most referred-to dates for a query, led by its most salient entry.
 *
 * @param id          the leading entry
 * @param summary     the leading entry's statement
 * @param statements  the statements of the date's entries and their reports (for a day, also what the story's
 *                    articles published on it or the day after lead with) that tell the date best, as many as asked
 *                    for (five by default)
 * @param sources     outlets reporting each of the date's entries, added up
 * @param mentions    number of reports on the date
 * @param salience    the leading entry's score
 * @param outlets     reporting articles, each once (at most five; every report is at {@code mentionsUrl} and at
 *                    the {@code /api/events/{id}/mentions} of each entry)
 * @param entries     every entry of the date among the candidates, most salient first
 * @param mentionsUrl the leading entry's reports, a page at a time
 */
public record TimelineItemView(long id, String date, Granularity granularity, DateRangeView dateRange, String summary,
        List<String> statements, EventStatus status, List<String> actors, String location, int sources, int mentions,
        double salience, List<OutletView> outlets, List<Long> entries, String mentionsUrl) {
}

package news.timeline.timeline.view;

import java.util.List;

/**
 * One page of report rows.
 *
 * @param next cursor of the following page, or null on the last page
 */
public record ReportRowPage(List<ReportRowView> items, String next) {
}

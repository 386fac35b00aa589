package news.timeline.timeline.view;

import java.util.List;

/**
 * One page of stored articles, in the order they were stored.
 *
 * @param next cursor of the following page, or null on the last page
 */
public record ArticlePage(List<ArticleSummaryView> items, String next) {
}

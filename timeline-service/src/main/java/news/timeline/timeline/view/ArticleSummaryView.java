package news.timeline.timeline.view;

import java.time.Instant;

/**
 * A stored article without its events.
 *
 * @param storedAt when this service committed it: the end of its way from POST to queryable
 */
public record ArticleSummaryView(String id, String url, String title, String source, String publishedAt,
        Instant storedAt) {
}

package news.timeline.timeline.view;

import java.time.Instant;
import java.util.List;


/**
 * An article's metadata, its document creation time (DCT) and the events it reports.
 *
 * @param dctSource     given (from the feed), inferred (from the text) or unknown
 * @param engineVersion the extraction engine that produced the events; null for articles extracted before it was
 *                      recorded
 * @param storedAt      when this service committed it: the end of its way from POST to queryable
 */
public record ArticleView(String id, String url, String title, String source, String language, String publishedAt,
        String dct, String dctSource, String dctGranularity, Double dctConfidence, List<String> dctEvidence,
        Instant extractedAt, String engineVersion, Instant storedAt, List<ArticleEventView> events) {
}

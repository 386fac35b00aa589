package news.timeline.extract.messaging;

import news.timeline.extract.event.Extraction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * All events of one article, as extract-service writes them to {@code article-events}, keyed by article id. One
 * message per article, so that the consumer can replace an article's events as a whole.
 *
 * @param publishedAt the publication date as the feed gave it, or null
 * @param dct         the reference date used to resolve relative dates (TIMEX3), or null when unknown
 * @param dctSource   {@code given}, {@code inferred} or {@code unknown}
 */
public record ArticleEventsMessage(String articleId, String url, String title, String source, String language,
        String publishedAt, String dct, String dctSource, String dctGranularity, double dctConfidence,
        List<String> dctEvidence, String extractedAt, List<EventMessage> events) {

    static ArticleEventsMessage of(ArticleMessage article, Extraction extraction, Instant now) {
        var dct = extraction.dct();
        return new ArticleEventsMessage(article.id(), article.url(), extraction.title(), article.source(),
                article.language(), article.publishedAt(), dct.value(), dct.source().name().toLowerCase(Locale.ROOT),
                dct.granularity(), dct.confidence(), dct.evidence(), now.toString(),
                extraction.events().stream().map(EventMessage::of).toList());
    }
}

package news.timeline.timeline.messaging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One record of topic {@code article-events}: an article and all the events extract-service found in it. This is
 * the consumer's side of the contract; fields it does not know are ignored.
 *
 * @param publishedAt    the publication date or timestamp as the feed gave it
 * @param dct            the document creation time relative dates were resolved against ({@code 2018-06-27},
 *                       {@code 2018-06}...)
 * @param dctSource      {@code given}, {@code inferred} or {@code unknown}
 * @param dctGranularity {@code day}, {@code month}, {@code year} or null
 * @param extractedAt    ISO-8601 instant of extraction
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEventsMessage(String articleId, String url, String title, String source, String language,
        String publishedAt, String dct, String dctSource, String dctGranularity, Double dctConfidence,
        List<String> dctEvidence, String extractedAt, List<EventMessage> events) {
}

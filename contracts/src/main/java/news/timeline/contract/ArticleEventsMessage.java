package news.timeline.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * All events of one article on topic {@code article-events}, key = article id; extract-service produces it,
 * timeline-service consumes it. One message per article, so that the consumer replaces an article's events as a
 * whole: an empty {@code events} list says the article has none, which is why a missing list is refused rather than
 * read as empty.
 *
 * @param schemaVersion  {@link SchemaVersion#CURRENT} when produced; null from older producers
 * @param articleId      the id of the {@link ArticleMessage} (required)
 * @param publishedAt    the publication date or timestamp as the feed gave it, or null
 * @param dct            the document creation time relative dates were resolved against ({@code 2018-06-27},
 *                       {@code 2018-06}...), or null when unknown
 * @param dctSource      {@code given}, {@code inferred} or {@code unknown}
 * @param dctGranularity {@code day}, {@code month}, {@code year} or null
 * @param dctConfidence  0..1
 * @param extractedAt    ISO-8601 instant of extraction
 * @param engineVersion  the version of the extraction engine that produced the events (since 1.1; null before), so
 *                       that events of an older engine can be told apart and extracted again
 * @param reprocessRun   the {@link ReprocessRun} that asked for this extraction (since 1.2), or null for an article
 *                       extracted as it arrived
 * @param events         the events found, possibly none (required)
 * @param leads          the article's leading sentences (of its first six, in text order) that hold no day-precise
 *                       event: what it tells on the day it was published, which a timeline may quote for that day
 *                       (since 1.3); null from older producers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEventsMessage(String schemaVersion, String articleId, String url, String title, String source,
        String language, String publishedAt, String dct, String dctSource, String dctGranularity,
        Double dctConfidence, List<String> dctEvidence, String extractedAt, String engineVersion,
        String reprocessRun, List<EventMessage> events, List<String> leads)
        implements ContractMessage {

    @Override
    public List<String> missingFields() {
        RequiredFields required = new RequiredFields().require("articleId", articleId).require("events", events);
        if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                EventMessage event = events.get(i);
                String at = "events[" + i + "]";
                required.require(at, event);
                if (event != null) {
                    required.addAll(event.missingFields().stream().map(f -> at + "." + f).toList());
                }
            }
        }
        return required.missing();
    }
}

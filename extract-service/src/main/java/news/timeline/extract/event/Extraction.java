package news.timeline.extract.event;

import java.util.List;

/**
 * What the extractor made of one article.
 *
 * @param title  the article's title with page boilerplate removed, or null when it had none worth keeping
 * @param dct    the publication date used as reference time
 * @param events the dated events, in text order
 * @param leads  of its first news sentences, those that hold no day-precise event, in text order
 */
public record Extraction(String title, PublicationDate dct, List<ExtractedEvent> events, List<String> leads) {
}

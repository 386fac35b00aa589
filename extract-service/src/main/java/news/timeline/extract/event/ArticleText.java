package news.timeline.extract.event;

import java.time.LocalDate;

/**
 * What the extractor reads of an article.
 *
 * @param title       the title as the feed gave it, or null
 * @param text        the body as plain text
 * @param publishedAt the publication date as the feed gave it, or null when unknown
 */
public record ArticleText(String title, String text, LocalDate publishedAt) {
}

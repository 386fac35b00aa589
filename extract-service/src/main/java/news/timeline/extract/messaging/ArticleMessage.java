package news.timeline.extract.messaging;

/**
 * An article as ingest-service writes it to the {@code articles} topic.
 *
 * @param publishedAt ISO-8601 date or date-time as the feed gave it, or null
 */
public record ArticleMessage(String id, String url, String title, String text, String publishedAt, String source,
        String language, String receivedAt) {
}

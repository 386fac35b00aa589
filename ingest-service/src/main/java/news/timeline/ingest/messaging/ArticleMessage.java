package news.timeline.ingest.messaging;

/**
 * An article as it travels on the {@code articles} topic, keyed by {@link #id()}.
 *
 * @param publishedAt ISO-8601 date or date-time as the feed gave it, or null
 * @param receivedAt  when the ingest service accepted it (ISO-8601 instant)
 */
public record ArticleMessage(String id, String url, String title, String text, String publishedAt, String source,
        String language, String receivedAt) {
}

package news.timeline.ingest.service;

/** An article as a client posts it; every field is optional except one of {@code text} and {@code html}. */
public record ArticleRequest(String url, String title, String text, String html, String publishedAt, String source,
        String language) {
}

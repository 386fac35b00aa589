package news.timeline.timeline.view;

/** An article that reports a timeline item. */
public record OutletView(String name, String articleId, String url, String title, String publishedAt) {
}

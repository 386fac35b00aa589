package news.timeline.timeline.view;

import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Mention;

/** One article's report of an event. */
public record MentionView(String articleId, String url, String title, String source, String publishedAt,
        String date, String dateText, String text, String sentence, EventStatus status, double confidence) {

    public static MentionView of(Mention m) {
        return new MentionView(m.article.id, m.article.url, m.article.title, m.article.source, m.article.publishedAt,
                m.dateValue, m.dateText, m.text, m.sentence, m.status, m.confidence);
    }
}

package news.timeline.timeline.view;

import news.timeline.contract.EventStatus;

/** One article's report of an event. */
public record MentionView(String articleId, String url, String title, String source, String publishedAt,
        String date, String dateText, String text, String sentence, EventStatus status, double confidence) {
}

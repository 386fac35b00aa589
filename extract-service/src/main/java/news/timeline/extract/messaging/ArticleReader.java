package news.timeline.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.timeline.extract.event.ArticleText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Reads an {@code articles} record, rejecting what cannot be an article with a reason fit for the dead-letter topic. */
final class ArticleReader {

    private ArticleReader() {
    }

    static ArticleMessage read(ObjectMapper json, String payload) {
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("Empty record: no article");
        }
        ArticleMessage article;
        try {
            article = json.readValue(payload, ArticleMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an article JSON: " + e.getOriginalMessage(), e);
        }
        if (article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("Article without id");
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new IllegalArgumentException("Article " + article.id() + " has no text");
        }
        return article;
    }

    static ArticleText toText(ArticleMessage article) {
        return new ArticleText(article.title(), article.text(), publicationDay(article.publishedAt()));
    }

    /** The calendar day as the feed wrote it: a date-time's own local date, not converted to UTC. */
    static LocalDate publicationDay(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(publishedAt).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(publishedAt).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("publishedAt '" + publishedAt + "' is not ISO-8601");
                }
            }
        }
    }
}

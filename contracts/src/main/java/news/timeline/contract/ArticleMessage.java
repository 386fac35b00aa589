package news.timeline.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An article on topic {@code articles}, key = {@link #id()}; ingest-service produces it, extract-service consumes it.
 *
 * @param schemaVersion {@link SchemaVersion#CURRENT} when produced; null from older producers
 * @param id            the stable article id (required)
 * @param text          the article's plain text (required)
 * @param publishedAt   ISO-8601 date or date-time as the feed gave it, or null
 * @param receivedAt    when ingest-service accepted it (ISO-8601 instant)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleMessage(String schemaVersion, String id, String url, String title, String text,
        String publishedAt, String source, String language, String receivedAt) implements ContractMessage {

    @Override
    public List<String> missingFields() {
        return new RequiredFields().require("id", id).require("text", text).missing();
    }
}

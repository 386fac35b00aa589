package news.timeline.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads RSS 2.0 and Atom 1.0 with ROME (which refuses DOCTYPEs, so no external entities are ever resolved) and
 * JSON Feed 1.0/1.1 with Jackson, into one shape.
 */
@ApplicationScoped
public class FeedParser {

    private static final String JSON_FEED = "https://jsonfeed.org/version/1";

    private final ObjectMapper json;

    public FeedParser(ObjectMapper json) {
        this.json = json;
    }

    ParsedFeed parse(FetchResult fetched) throws FeedParseException {
        return fetched.isJson() || startsWithBrace(fetched.body()) ? jsonFeed(fetched.body()) : xmlFeed(fetched.body());
    }

    private ParsedFeed xmlFeed(byte[] body) throws FeedParseException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedParseException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> !FeedItem.isBlank(v))
                    .collect(Collectors.joining("\n"));
            items.add(new FeedItem(entry.getUri(), link(entry), entry.getTitle(), instant(entry.getPublishedDate()),
                    instant(entry.getUpdatedDate()), html.isEmpty() ? null : html, null,
                    entry.getDescription() == null ? null : entry.getDescription().getValue()));
        }
        return new ParsedFeed(feed.getTitle(), items);
    }

    /** The item's page: its link, else its first alternate (or unqualified) link. */
    private static String link(SyndEntry entry) {
        if (!FeedItem.isBlank(entry.getLink())) {
            return entry.getLink().strip();
        }
        return entry.getLinks().stream().filter(l -> l.getRel() == null || "alternate".equals(l.getRel()))
                .map(SyndLink::getHref).filter(h -> !FeedItem.isBlank(h)).findFirst().orElse(null);
    }

    private ParsedFeed jsonFeed(byte[] body) throws FeedParseException {
        JsonNode feed;
        try {
            feed = json.readTree(body);
        } catch (IOException e) {
            throw new FeedParseException("not a JSON Feed: " + e.getMessage(), e);
        }
        if (feed == null || !feed.path("version").asText("").startsWith(JSON_FEED)
                || !feed.path("items").isArray()) {
            throw new FeedParseException("not a JSON Feed: no 'version' " + JSON_FEED + ".x or no 'items'", null);
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            String link = text(item, "url");
            items.add(new FeedItem(text(item, "id"), link != null ? link : text(item, "external_url"),
                    text(item, "title"), date(text(item, "date_published")), date(text(item, "date_modified")),
                    text(item, "content_html"), text(item, "content_text"), text(item, "summary")));
        }
        return new ParsedFeed(text(feed, "title"), items);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** RFC 3339, as JSON Feed requires; anything else is dropped rather than passed on. */
    private static String date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static boolean startsWithBrace(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{';
            }
        }
        return false;
    }
}

package news.timeline.timeline.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;

/**
 * Builds article-events messages. Each test takes its own year, so tests sharing the database never see (or merge
 * with) each other's events.
 */
public final class Articles {

    private static final AtomicInteger YEARS = new AtomicInteger(1700);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The engine version every article of the tests says produced its events. */
    public static final String ENGINE_VERSION = "test-1";

    private Articles() {
    }

    /** A year no other test uses. */
    public static int freshYear() {
        return YEARS.incrementAndGet();
    }

    public static String freshId() {
        return UUID.randomUUID().toString();
    }

    public static EventMessage event(String date, String text, List<String> actors, String location, String status) {
        String sentence = text + ", officials said.";
        return new EventMessage(date, null, date, 10, 10 + date.length(), text, sentence, 0, sentence.length(),
                actors, location, status, 0.8);
    }

    public static EventMessage event(String date, String text, List<String> actors, String location, String status,
            int sentenceStart) {
        EventMessage e = event(date, text, actors, location, status);
        return new EventMessage(e.date(), e.granularity(), e.dateText(), e.dateStart(), e.dateEnd(), e.text(),
                e.sentence(), sentenceStart, sentenceStart + e.sentence().length(), e.actors(), e.location(),
                e.status(), e.confidence());
    }

    public static ArticleEventsMessage article(String id, String source, String title, EventMessage... events) {
        return published("1999-01-01", id, source, title, events);
    }

    /** An article published on {@code day} (an ISO date), which is also its document creation time. */
    public static ArticleEventsMessage published(String day, String id, String source, String title,
            EventMessage... events) {
        return new ArticleEventsMessage(SchemaVersion.CURRENT, id, "https://news.example/" + id, title, source, "en",
                day, day, "given", "day", 1.0, List.of("feed date"), "2026-11-23T09:00:00Z", ENGINE_VERSION, null,
                List.of(events), null);
    }

    /** The message with the leading sentences {@code leads}, as extract-service sends an article's leads. */
    public static ArticleEventsMessage withLeads(ArticleEventsMessage m, String... leads) {
        return new ArticleEventsMessage(m.schemaVersion(), m.articleId(), m.url(), m.title(), m.source(),
                m.language(), m.publishedAt(), m.dct(), m.dctSource(), m.dctGranularity(), m.dctConfidence(),
                m.dctEvidence(), m.extractedAt(), m.engineVersion(), m.reprocessRun(), m.events(), List.of(leads));
    }

    public static String json(ArticleEventsMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package news.timeline.timeline.messaging;

import java.util.List;

import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.timeline.merge.InvalidArticleException;

/**
 * What PostgreSQL would refuse in a message, found before the message joins a batch: a NUL character (text columns
 * cannot hold one) or a value longer than its column. Found here, such a record is dead-lettered alone instead of
 * failing the transaction of its whole poll.
 */
final class StorableFields {

    /** Column widths of the article table and of the date and status columns (V1, V7). */
    private static final int ID = 255;
    private static final int LANGUAGE = 35;
    private static final int PUBLISHED_AT = 64;
    private static final int DCT = 32;
    private static final int DCT_SOURCE = 16;
    private static final int DCT_GRANULARITY = 16;
    private static final int ENGINE_VERSION = 32;

    private StorableFields() {
    }

    /** @throws InvalidArticleException naming the first field the database could not store */
    static void check(ArticleEventsMessage m) {
        fits("articleId", m.articleId(), ID);
        fits("url", m.url(), Integer.MAX_VALUE);
        fits("title", m.title(), Integer.MAX_VALUE);
        fits("source", m.source(), Integer.MAX_VALUE);
        fits("language", m.language(), LANGUAGE);
        fits("publishedAt", m.publishedAt(), PUBLISHED_AT);
        fits("dct", m.dct(), DCT);
        fits("dctSource", m.dctSource(), DCT_SOURCE);
        fits("dctGranularity", m.dctGranularity(), DCT_GRANULARITY);
        fitEach("dctEvidence", m.dctEvidence(), Integer.MAX_VALUE);
        fits("extractedAt", m.extractedAt(), Integer.MAX_VALUE);
        fits("engineVersion", m.engineVersion(), ENGINE_VERSION);
        List<EventMessage> events = m.events() == null ? List.of() : m.events();
        for (int i = 0; i < events.size(); i++) {
            EventMessage e = events.get(i);
            if (e == null) {
                continue;
            }
            String at = "events[" + i + "].";
            fits(at + "date", e.date(), DCT);
            fits(at + "granularity", e.granularity(), DCT_GRANULARITY);
            fits(at + "dateText", e.dateText(), Integer.MAX_VALUE);
            fits(at + "text", e.text(), Integer.MAX_VALUE);
            fits(at + "sentence", e.sentence(), Integer.MAX_VALUE);
            fitEach(at + "actors", e.actors(), Integer.MAX_VALUE);
            fits(at + "location", e.location(), Integer.MAX_VALUE);
            fits(at + "status", e.status(), DCT_SOURCE);
        }
    }

    private static void fitEach(String field, List<String> values, int max) {
        if (values != null) {
            for (String value : values) {
                fits(field, value, max);
            }
        }
    }

    private static void fits(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidArticleException(field + " contains a NUL character, which the store cannot hold");
        }
        if (value.length() > max) {
            throw new InvalidArticleException(field + " is longer than " + max + " characters");
        }
    }
}

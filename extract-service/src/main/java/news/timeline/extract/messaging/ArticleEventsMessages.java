package news.timeline.extract.messaging;

import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.ArticleMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.extract.event.EngineVersion;
import news.timeline.extract.event.ExtractedEvent;
import news.timeline.extract.event.Extraction;

import java.time.Instant;
import java.util.Locale;

/** Turns an extraction into the contract's {@code article-events} message, one per article. */
final class ArticleEventsMessages {

    private ArticleEventsMessages() {
    }

    /** @param reprocessRun the run that sent the article again, or null for an article as it arrived */
    static ArticleEventsMessage of(ArticleMessage article, Extraction extraction, Instant now, String reprocessRun) {
        var dct = extraction.dct();
        return new ArticleEventsMessage(SchemaVersion.CURRENT, article.id(), article.url(), extraction.title(),
                article.source(), article.language(), article.publishedAt(), dct.value(),
                dct.source().name().toLowerCase(Locale.ROOT), dct.granularity(), dct.confidence(), dct.evidence(),
                now.toString(), EngineVersion.CURRENT, reprocessRun,
                extraction.events().stream().map(ArticleEventsMessages::event).toList(), extraction.leads());
    }

    private static EventMessage event(ExtractedEvent e) {
        return new EventMessage(e.date(), e.granularity(), e.dateText(), e.dateStart(), e.dateEnd(), e.text(),
                e.sentence(), e.sentenceStart(), e.sentenceEnd(), e.actors(), e.location(), e.status().label(),
                e.confidence());
    }
}

package news.timeline.extract.messaging;

import news.timeline.extract.event.ExtractedEvent;

import java.util.List;
import java.util.Locale;

/** One dated event of an article, as it travels on {@code article-events}; see {@link ExtractedEvent}. */
public record EventMessage(String date, String granularity, String dateText, int dateStart, int dateEnd, String text,
        String sentence, int sentenceStart, int sentenceEnd, List<String> actors, String location, String status,
        double confidence) {

    static EventMessage of(ExtractedEvent e) {
        return new EventMessage(e.date(), e.granularity(), e.dateText(), e.dateStart(), e.dateEnd(), e.text(),
                e.sentence(), e.sentenceStart(), e.sentenceEnd(), e.actors(), e.location(),
                e.status().name().toLowerCase(Locale.ROOT), e.confidence());
    }
}

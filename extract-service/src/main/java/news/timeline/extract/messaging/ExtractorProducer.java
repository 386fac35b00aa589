package news.timeline.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.temporal.TemporalTagger;

/** The engine is plain Java, shared by the service and the offline tools; here it becomes one CDI bean. */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @Singleton
    EventExtractor extractor() {
        return new EventExtractor(TemporalTagger.load());
    }
}

package news.timeline.timeline.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Ready when the timeline tables answer, i.e. Flyway migrated the schema; reports how much is stored.
 */
@Readiness
@ApplicationScoped
public class TimelineStoreHealthCheck implements HealthCheck {

    @Override
    @Transactional
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("timeline-store").up()
                    .withData("articles", Article.count())
                    .withData("events", TimelineEntry.count())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("timeline-store").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}

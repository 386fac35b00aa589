package news.timeline.timeline.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Ready when the timeline tables answer (Flyway migrated the schema) and the consumer is not paused waiting for a
 * dependency; reports how much is stored. Down reports say what is wrong in the service's own words, never an
 * exception's: they are served to anyone who asks.
 */
@Readiness
@ApplicationScoped
public class TimelineStoreHealthCheck implements HealthCheck {

    private static final String NAME = "timeline-store";

    private final StoreOutage outage;

    public TimelineStoreHealthCheck(StoreOutage outage) {
        this.outage = outage;
    }

    @Override
    public HealthCheckResponse call() {
        var paused = outage.current();
        if (paused.isPresent()) {
            return degraded(paused.get().reason() + "; consuming paused, retrying")
                    .withData("since", paused.get().since().toString())
                    .build();
        }
        try {
            // Its own transaction, so that a failed commit is caught here like a failed query.
            return QuarkusTransaction.requiringNew().call(() -> HealthCheckResponse.named(NAME).up()
                    .withData("articles", Article.count())
                    .withData("events", TimelineEntry.count())
                    .build());
        } catch (RuntimeException e) {
            return degraded("database unreachable").build();
        }
    }

    private static HealthCheckResponseBuilder degraded(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("status", "degraded").withData("reason", reason);
    }
}

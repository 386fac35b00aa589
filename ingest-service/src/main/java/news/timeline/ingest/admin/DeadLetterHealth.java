package news.timeline.ingest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * {@code dead-letters}: how many records wait in the dead-letter topic. Always UP (dead letters do not make this
 * service unable to take articles, so readiness is not touched); the count is there for a person or an alert.
 */
@Wellness
@ApplicationScoped
public class DeadLetterHealth implements HealthCheck {

    private final DeadLetterMonitor monitor;
    private final DeadLetterConfig config;

    public DeadLetterHealth(DeadLetterMonitor monitor, DeadLetterConfig config) {
        this.monitor = monitor;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        DeadLetterMonitor.Count count = monitor.last();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dead-letters").up()
                .withData("topic", config.topic()).withData("records", count.count());
        if (count.at() != null) {
            response.withData("countedAt", count.at().toString());
        }
        if (count.count() > 0) {
            response.withData("warning", count.count() + " dead letters: ./timeline dlq list");
        }
        return response.build();
    }
}

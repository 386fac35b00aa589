package news.timeline.extract.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while consuming is paused because Kafka does not take article-events, in the service's own words; the
 * process itself is fine meanwhile, so liveness stays up.
 */
@Readiness
@ApplicationScoped
public class ProducerHealthCheck implements HealthCheck {

    private static final String NAME = "article-events-producer";

    private final ProducerOutage outage;

    public ProducerHealthCheck(ProducerOutage outage) {
        this.outage = outage;
    }

    @Override
    public HealthCheckResponse call() {
        return outage.since()
                .map(since -> HealthCheckResponse.named(NAME).down()
                        .withData("status", "degraded")
                        .withData("reason", "Kafka does not take article-events; consuming paused, retrying")
                        .withData("since", since.toString())
                        .build())
                .orElseGet(() -> HealthCheckResponse.up(NAME));
    }
}

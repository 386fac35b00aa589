package news.timeline.extract.health;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether consuming is paused because Kafka does not take the events of an article, as the processor last found it.
 * Readiness is down meanwhile, in the service's own words; the process itself is fine, so liveness stays up.
 */
@Readiness
@ApplicationScoped
public class ProducerOutage implements HealthCheck {

    private static final String NAME = "article-events-producer";

    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** Marks consuming as paused; keeps the start of an outage already marked. */
    public void begin() {
        since.compareAndSet(null, Instant.now());
    }

    public void end() {
        since.set(null);
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(since.get());
    }

    @Override
    public HealthCheckResponse call() {
        Instant start = since.get();
        if (start == null) {
            return HealthCheckResponse.up(NAME);
        }
        return HealthCheckResponse.named(NAME).down()
                .withData("status", "degraded")
                .withData("reason", "Kafka does not take article-events; consuming paused, retrying")
                .withData("since", start.toString())
                .build();
    }
}

package news.timeline.timeline.health;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether consuming is paused because a dependency is unreachable, as the consumer last found it; readiness reports
 * it. Every consumer thread that waits marks it, and the first one that gets through clears it.
 */
@ApplicationScoped
public class StoreOutage {

    /** What is unreachable and since when. */
    public record Outage(String reason, Instant since) {
    }

    private final AtomicReference<Outage> current = new AtomicReference<>();

    /** Marks consuming as paused; keeps the earliest start of an outage already marked. */
    public void begin(String reason) {
        current.updateAndGet(o -> o != null && o.reason().equals(reason) ? o : new Outage(reason, Instant.now()));
    }

    public void end() {
        current.set(null);
    }

    public Optional<Outage> current() {
        return Optional.ofNullable(current.get());
    }
}

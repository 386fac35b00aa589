package news.timeline.extract.health;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether consuming is paused because Kafka does not take the events of an article, as the processor last found it. */
@ApplicationScoped
public class ProducerOutage {

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
}

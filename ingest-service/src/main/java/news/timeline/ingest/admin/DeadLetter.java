package news.timeline.ingest.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;

/**
 * One record of the dead-letter topic: where it is, where it came from and why it is there; {@code headers} and
 * {@code value} only when one record is asked for.
 *
 * @param topic the topic it was read from before it failed ({@code dead-letter-topic}), where a replay sends it
 * @param size the value's size in bytes
 * @param replayed whether it was already sent back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(int partition, long offset, String key, String topic, String reason, String cause,
        Instant timestamp, int size, boolean replayed, Map<String, String> headers, String value) {

    DeadLetter summary() {
        return new DeadLetter(partition, offset, key, topic, reason, cause, timestamp, size, replayed, null, null);
    }
}

package news.timeline.contract;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a report says about an event, from least to most certain that it happened. The order is meaningful: where
 * reports of one event disagree, the timeline shows the most certain status any of them gives (one article saying a
 * summit took place outweighs an earlier one saying it was planned), so a larger value must mean "more certain".
 * extract-service, which only assigns a status, once listed them the other way round; nothing compared them there.
 */
public enum EventStatus {
    NEGATED, POSSIBLE, PLANNED, OCCURRED;

    /** The status as messages and the API write it: {@code occurred}, {@code planned}... */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean affirmative() {
        return this != NEGATED;
    }

    public static Optional<EventStatus> fromLabel(String label) {
        for (EventStatus status : values()) {
            if (status.label().equalsIgnoreCase(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

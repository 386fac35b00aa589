package news.timeline.timeline.entity;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a report says about an event, from least to most certain that it happened.
 */
public enum EventStatus {
    NEGATED, POSSIBLE, PLANNED, OCCURRED;

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

package news.timeline.contract.timex;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precise a date is, from most to least specific; the order is meaningful (finer before coarser). */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, SEASON, HALF, YEAR, DECADE, CENTURY;

    /** The granularity as messages and the API write it: {@code day}, {@code week}... */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 1 for a day down to close to 0 for a century: how much a date of this granularity pins an event down. */
    public double specificity() {
        return 1.0 / (1 + ordinal() * 0.5);
    }

    public static Optional<Granularity> fromLabel(String label) {
        for (Granularity granularity : values()) {
            if (granularity.label().equalsIgnoreCase(label)) {
                return Optional.of(granularity);
            }
        }
        return Optional.empty();
    }
}

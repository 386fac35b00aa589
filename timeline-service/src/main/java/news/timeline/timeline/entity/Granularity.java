package news.timeline.timeline.entity;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How precise a date is, from most to least specific.
 */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, SEASON, HALF, YEAR, DECADE, CENTURY;

    @JsonValue
    public String label() {
        return name().toLowerCase();
    }

    /** 1 for a day down to close to 0 for a century: how much a date of this granularity pins an event down. */
    public double specificity() {
        return 1.0 / (1 + ordinal() * 0.5);
    }
}

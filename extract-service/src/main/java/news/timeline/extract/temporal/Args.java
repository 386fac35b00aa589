package news.timeline.extract.temporal;

import java.util.Map;

/**
 * The arguments of a normalization function, as the rule gives them (literals, and captures resolved for the
 * match; an argument whose capture is missing is absent), read through typed accessors.
 */
final class Args {
    private final Map<String, String> values;

    Args(Map<String, String> values) {
        this.values = values;
    }

    boolean containsKey(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The argument as a number, or null when absent. */
    Integer integer(String name) {
        String v = values.get(name);
        return v == null ? null : Integer.valueOf(v);
    }

    /** {@code dir}: which occurrence of a period is meant. */
    Direction direction() {
        return Direction.of(values.get("dir"));
    }
}

package news.timeline.extract.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import news.timeline.contract.EventStatus;

/**
 * Hand-labelled statuses against the extractor's: a confusion matrix, with a column for statements the extractor
 * made no event of (counted wrong).
 */
final class StatusConfusion {

    private final String name;
    private final Map<EventStatus, int[]> rows = new EnumMap<>(EventStatus.class);

    StatusConfusion(String name) {
        this.name = name;
        for (EventStatus gold : EventStatus.values()) {
            rows.put(gold, new int[EventStatus.values().length + 1]);
        }
    }

    /** @param predicted the extractor's status, or null when it made no event at the labelled date */
    void count(EventStatus gold, EventStatus predicted) {
        rows.get(gold)[predicted == null ? EventStatus.values().length : predicted.ordinal()]++;
    }

    int total() {
        return rows.values().stream().mapToInt(row -> java.util.Arrays.stream(row).sum()).sum();
    }

    int right() {
        return rows.entrySet().stream().mapToInt(e -> e.getValue()[e.getKey().ordinal()]).sum();
    }

    double accuracy() {
        return total() == 0 ? 0 : (double) right() / total();
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d statements, accuracy %.3f (%d right)%n", name, total(), accuracy(), right()));
        out.append(String.format(Locale.ROOT, "%-12s", "gold \\ got"));
        for (EventStatus status : EventStatus.values()) {
            out.append(String.format(Locale.ROOT, "%10s", label(status)));
        }
        out.append(String.format(Locale.ROOT, "%10s%n", "no event"));
        for (EventStatus gold : EventStatus.values()) {
            out.append(String.format(Locale.ROOT, "%-12s", label(gold)));
            for (int count : rows.get(gold)) {
                out.append(String.format(Locale.ROOT, "%10d", count));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String label(EventStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}

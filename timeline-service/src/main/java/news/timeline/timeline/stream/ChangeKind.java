package news.timeline.timeline.stream;

import java.util.Locale;

/** What happened to an entry; its label is the SSE event name and the {@code kind} of a change record. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ChangeKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

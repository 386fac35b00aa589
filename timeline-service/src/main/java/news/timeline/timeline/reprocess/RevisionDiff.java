package news.timeline.timeline.reprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a new revision of an article changed its events. An event is known by its statement (the sentence, else the
 * text) and the date expression it hangs on: the same pair with the same resolved date is unchanged, with another
 * date re-dated (what an engine upgrade that resolves "next month" differently does); a pair only in the new revision
 * is added, one only in the old removed.
 */
public record RevisionDiff(int added, int removed, int redated) {

    /** One report of an event, old or new. */
    public record Report(String statement, String dateText, String date) {

        String identity() {
            return (statement == null ? "" : statement.strip()) + '\u0000' + (dateText == null ? "" : dateText.strip());
        }
    }

    public boolean changesEvents() {
        return added > 0 || removed > 0 || redated > 0;
    }

    public static RevisionDiff between(List<Report> before, List<Report> after) {
        Map<String, List<String>> oldDates = new HashMap<>();
        before.forEach(r -> oldDates.computeIfAbsent(r.identity(), k -> new ArrayList<>()).add(r.date()));
        // Unchanged events first, so that of two reports of one statement the re-dated one is the one whose date moved.
        List<Report> unmatched = new ArrayList<>();
        for (Report r : after) {
            List<String> dates = oldDates.get(r.identity());
            if (dates == null || !dates.remove(r.date())) {
                unmatched.add(r);
            }
        }
        int added = 0;
        int redated = 0;
        for (Report r : unmatched) {
            List<String> dates = oldDates.get(r.identity());
            if (dates != null && !dates.isEmpty()) {
                dates.remove(0);
                redated++;
            } else {
                added++;
            }
        }
        int removed = oldDates.values().stream().mapToInt(List::size).sum();
        return new RevisionDiff(added, removed, redated);
    }
}

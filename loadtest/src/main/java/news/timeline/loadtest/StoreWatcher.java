package news.timeline.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Sees the posted articles arrive in timeline-service and when: it pages through
 * {@code GET /api/articles?cursor=C&size=N} (articles in stored order, each with its {@code storedAt}), staying on
 * the cursor of the last page that was not full so that nothing stored after it is missed. When timeline-service
 * has no such listing, it asks {@code GET /api/articles/{id}} for the articles not seen yet instead. An article
 * without {@code storedAt} counts as stored when it was seen.
 */
final class StoreWatcher implements Runnable {

    enum Mode { LIST, SINGLE }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int PAGE = 1000;
    /**
     * Pages while following the store: the last page is read again until it is full, so a long one would have
     * timeline-service serialize each stored article many times over (at 1,000, about 20 times at 100 articles/s:
     * a tenth of its CPU spent on the measurement).
     */
    static final int FOLLOW_PAGE = 100;

    private final HttpClient http;
    private final URI timeline;
    private final Tracker tracker;
    private volatile boolean stop;
    private volatile Mode mode;
    private volatile boolean storedAtSeen;
    private volatile boolean storedAtMissing;
    private volatile long storeSizeBefore = -1;
    private final java.util.Set<String> listed = new java.util.HashSet<>();
    private volatile long storeSize = -1;
    private String cursor;
    private int rotation;

    StoreWatcher(HttpClient http, URI timeline, Tracker tracker) {
        this.http = http;
        this.timeline = timeline;
        this.tracker = tracker;
    }

    /** Finds out whether the listing exists and pages to its end, counting what is stored already. */
    void start() throws InterruptedException {
        try {
            HttpResponse<String> probe = get("/api/articles?size=1");
            JsonNode body = probe.statusCode() == 200 ? JSON.readTree(probe.body()) : null;
            if (body == null || !body.has("items")) {
                mode = Mode.SINGLE;
                return;
            }
            mode = Mode.LIST;
            for (int guard = 0; guard < 100_000; guard++) {
                Page page = page(cursor, PAGE);
                page.items.forEach(item -> listed.add(item.path("id").asText()));
                if (page.items.size() < PAGE || page.next == null) {
                    break;
                }
                cursor = page.next;
            }
            // Stay on the last page that was not full: later articles come after the ones it already holds.
            storeSizeBefore = listed.size();
            storeSize = listed.size();
        } catch (IOException e) {
            mode = Mode.SINGLE;
        }
    }

    private record Page(List<JsonNode> items, String next) {
    }

    private Page page(String from, int size) throws IOException, InterruptedException {
        String path = "/api/articles?size=" + size
                + (from == null ? "" : "&cursor=" + URLEncoder.encode(from, StandardCharsets.UTF_8));
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        List<JsonNode> items = new java.util.ArrayList<>();
        body.path("items").forEach(items::add);
        JsonNode next = body.path("next");
        return new Page(items, next.isTextual() && !next.asText().isEmpty() ? next.asText() : null);
    }

    @Override
    public void run() {
        while (!stop) {
            try {
                boolean more = mode == Mode.LIST ? pollList() : pollSingle(200);
                if (!more) {
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** @return true when a full page was read and the next one should be read at once */
    private boolean pollList() throws IOException, InterruptedException {
        Page page = page(cursor, FOLLOW_PAGE);
        long now = System.currentTimeMillis();
        for (JsonNode item : page.items) {
            record(item, now);
            listed.add(item.path("id").asText());
        }
        storeSize = listed.size();
        if (page.items.size() >= FOLLOW_PAGE && page.next != null) {
            cursor = page.next;
            return true;
        }
        return false;
    }

    /** Asks for up to {@code limit} articles not seen stored yet, one by one. @return whether all were checked */
    boolean pollSingle(int limit) throws IOException, InterruptedException {
        List<String> pending = tracker.pendingIds(limit, rotation);
        rotation += limit;
        long budgetEnd = System.nanoTime() + 1_000_000_000L;
        for (String id : pending) {
            HttpResponse<String> response = get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                JsonNode item = JSON.readTree(response.body());
                if (!item.has("id")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("id", id);
                }
                record(item, System.currentTimeMillis());
            }
            if (stop || System.nanoTime() > budgetEnd) {
                return false;
            }
        }
        return false;
    }

    private void record(JsonNode item, long seenAt) {
        String id = item.path("id").asText(null);
        if (id == null) {
            return;
        }
        long at = seenAt;
        JsonNode storedAt = item.path("storedAt");
        if (storedAt.isTextual()) {
            try {
                at = Instant.parse(storedAt.asText()).toEpochMilli();
                storedAtSeen = true;
            } catch (DateTimeParseException e) {
                storedAtMissing = true;
            }
        } else {
            storedAtMissing = true;
        }
        tracker.stored(id, at);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(timeline.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void stop() {
        stop = true;
    }

    Mode mode() {
        return mode;
    }

    /** Where latencies come from: the store's own timestamps, or when the watcher saw the article. */
    String latencySource() {
        if (storedAtSeen && !storedAtMissing) {
            return "storedAt";
        }
        return storedAtSeen ? "storedAt (some articles: when seen)" : "when seen (no storedAt in the API yet)";
    }

    /** Articles in the store before the run, or -1 when the listing is unavailable. */
    long storeSizeBefore() {
        return storeSizeBefore;
    }

    /** Articles the store listed so far (before the run and since), or -1 when the listing is unavailable. */
    long storeSize() {
        return storeSize;
    }
}

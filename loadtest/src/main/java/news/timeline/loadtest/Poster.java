package news.timeline.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Posts the generated articles as NDJSON batches to ingest-service's {@code POST /api/articles/batch}, either as fast
 * as they are accepted (a fixed number of batches in flight) or at a fixed rate. Items answered 429 or 503 (or a whole
 * batch answered so) are posted again after the Retry-After the service asked for; an item is given up after a
 * bounded number of attempts, and posting stops at a deadline. Every request carries the API key, when given.
 */
final class Poster {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 30;
    private static final long DEFAULT_RETRY_MS = 1000;

    private record Retry(int seq, long readyAt) {
    }

    private final HttpClient http;
    private final URI batchUri;
    private final String apiKey;
    private final Tracker tracker;
    private final ArticleGenerator generator;
    private final int batchSize;
    private final int concurrency;
    private final double rate;
    private final Map<Integer, String> lines = new ConcurrentHashMap<>();
    private final int[] attempts;
    private final PriorityQueue<Retry> retries = new PriorityQueue<>((a, b) -> Long.compare(a.readyAt, b.readyAt));
    private volatile long pausedUntil;
    private int generated;

    /** @param rate articles per second, or 0 for as fast as accepted */
    Poster(HttpClient http, URI ingest, String apiKey, Tracker tracker, ArticleGenerator generator, int batchSize,
            int concurrency, double rate) {
        this.http = http;
        this.batchUri = ingest.resolve("/api/articles/batch");
        this.apiKey = apiKey;
        this.tracker = tracker;
        this.generator = generator;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
        this.rate = rate;
        this.attempts = new int[tracker.count()];
    }

    /** Posts everything; returns once every article is accepted, rejected or given up, or at the deadline. */
    void run(Duration timeout) throws InterruptedException {
        int count = tracker.count();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Semaphore inFlight = new Semaphore(concurrency);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "loadtest-post");
            t.setDaemon(true);
            return t;
        });
        try {
            while (tracker.resolved() < count) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                long pause = pausedUntil - System.currentTimeMillis();
                if (pause > 0) {
                    Thread.sleep(Math.min(pause, 500));
                    continue;
                }
                if (!inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                List<Integer> batch = takeDueRetries();
                int fresh = Math.min(batchSize - batch.size(), count - generated);
                // At a fixed rate, the batch starting with article g goes out g / rate seconds after the start.
                long due = rate > 0 ? start + (long) (generated / rate * 1e9) : 0;
                if (fresh > 0 && rate > 0 && System.nanoTime() < due) {
                    fresh = 0;
                }
                for (int k = 0; k < fresh; k++) {
                    GeneratedArticle article = generator.next();
                    tracker.generated(article);
                    lines.put(article.seq(), article.toJsonLine());
                    batch.add(article.seq());
                    generated++;
                }
                if (batch.isEmpty()) {
                    inFlight.release();
                    long wait = rate > 0 ? (due - System.nanoTime()) / 1_000_000 : 20;
                    Thread.sleep(Math.max(1, Math.min(wait, 20)));
                    continue;
                }
                workers.execute(() -> {
                    try {
                        post(batch);
                    } catch (RuntimeException e) {
                        tracker.problem("posting failed: " + e);
                        scheduleRetry(batch, DEFAULT_RETRY_MS, "posting failed: " + e.getMessage());
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            inFlight.acquire(concurrency); // wait for the batches in flight
            workers.shutdownNow();
            for (int seq : List.copyOf(lines.keySet())) {
                tracker.abandoned(seq, "not accepted before the posting deadline");
            }
            lines.clear();
        }
    }

    private synchronized List<Integer> takeDueRetries() {
        List<Integer> due = new ArrayList<>();
        long now = System.currentTimeMillis();
        while (due.size() < batchSize && !retries.isEmpty() && retries.peek().readyAt <= now) {
            due.add(retries.poll().seq);
        }
        return due;
    }

    private void post(List<Integer> batch) {
        StringBuilder body = new StringBuilder(batch.size() * 4096);
        long now = System.currentTimeMillis();
        synchronized (this) {
            for (int seq : batch) {
                body.append(lines.get(seq)).append('\n');
                tracker.sent(seq, now);
                attempts[seq]++;
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(batchUri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            tracker.transportError();
            scheduleRetry(batch, DEFAULT_RETRY_MS, "transport: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduleRetry(batch, DEFAULT_RETRY_MS, "interrupted");
            return;
        }
        long answered = System.currentTimeMillis();
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            tracker.throttled();
            long wait = retryAfterMillis(response);
            pausedUntil = Math.max(pausedUntil, answered + wait);
            scheduleRetry(batch, wait, "batch answered " + status);
            return;
        }
        if (status != 200) {
            for (int seq : batch) {
                lines.remove(seq);
                tracker.rejected(seq, status, snippet(response.body()));
            }
            return;
        }
        JsonNode items;
        try {
            items = JSON.readTree(response.body()).path("items");
        } catch (IOException e) {
            scheduleRetry(batch, DEFAULT_RETRY_MS, "unreadable answer: " + e.getMessage());
            return;
        }
        List<Integer> again = new ArrayList<>();
        boolean[] answeredSeq = new boolean[batch.size()];
        long wait = DEFAULT_RETRY_MS;
        for (JsonNode item : items) {
            int index = item.path("index").asInt(-1);
            if (index < 0 || index >= batch.size()) {
                continue;
            }
            answeredSeq[index] = true;
            int seq = batch.get(index);
            int itemStatus = item.path("status").asInt();
            if (itemStatus == 202 || itemStatus == 200 || itemStatus == 201) {
                lines.remove(seq);
                tracker.accepted(seq, item.path("id").asText(), answered);
            } else if (itemStatus == 429 || itemStatus == 503) {
                again.add(seq);
                JsonNode retryAfter = item.path("retryAfter");
                if (retryAfter.isNumber()) {
                    wait = Math.max(wait, (long) (retryAfter.asDouble() * 1000));
                }
            } else {
                lines.remove(seq);
                tracker.rejected(seq, itemStatus, item.path("problem").path("detail").asText(item.toString()));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!answeredSeq[i]) {
                again.add(batch.get(i));
            }
        }
        if (!again.isEmpty()) {
            tracker.throttled();
            String header = response.headers().firstValue("Retry-After").orElse(null);
            if (header != null) {
                wait = Math.max(wait, retryAfterMillis(response));
            }
            scheduleRetry(again, wait, "items answered 429/503");
        }
    }

    private void scheduleRetry(List<Integer> seqs, long waitMillis, String why) {
        long readyAt = System.currentTimeMillis() + waitMillis;
        synchronized (this) {
            for (int seq : seqs) {
                if (attempts[seq] >= MAX_ATTEMPTS) {
                    lines.remove(seq);
                    tracker.abandoned(seq, MAX_ATTEMPTS + " attempts, last: " + why);
                } else {
                    retries.add(new Retry(seq, readyAt));
                }
            }
        }
    }

    /** Retry-After in seconds or as an HTTP date; a second when absent or unreadable, at most a minute. */
    static long retryAfterMillis(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        long millis = DEFAULT_RETRY_MS;
        if (!value.isEmpty()) {
            try {
                millis = (long) (Double.parseDouble(value) * 1000);
            } catch (NumberFormatException notSeconds) {
                try {
                    millis = Duration.between(ZonedDateTime.now(),
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)).toMillis();
                } catch (RuntimeException unreadable) {
                    millis = DEFAULT_RETRY_MS;
                }
            }
        }
        return Math.max(100, Math.min(millis, 60_000));
    }

    private static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

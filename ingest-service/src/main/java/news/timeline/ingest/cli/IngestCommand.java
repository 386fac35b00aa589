package news.timeline.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./timeline ingest FILE|DIR...}: posts text, HTML, JSON and NDJSON files to the ingest service in batches,
 * with a progress bar, and ends with a summary of accepted and rejected items. A plain main, no Quarkus runtime.
 * The API key comes from {@code TIMELINE_API_KEY}.
 */
public final class IngestCommand {

    private static final int BATCH = 100;
    /** Posts of one chunk at most, when the service answers 429/503 (retry after Retry-After). */
    private static final int ATTEMPTS = 5;
    private static final long DEFAULT_RETRY_SECONDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article to post, and where it came from for the report. */
    record Item(String origin, String json) {
    }

    private final URI batchUri;
    private final String key = ApiKey.fromEnvironment();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final PrintStream err = System.err;
    private final ProgressBar progress = new ProgressBar(err);
    private int accepted;
    private final List<String> rejected = new ArrayList<>();
    private final List<String> acceptedIds = new ArrayList<>();

    IngestCommand(String baseUrl) {
        this.batchUri = URI.create(baseUrl.replaceAll("/+$", "") + "/api/articles/batch");
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8081";
        Path record = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--record" -> record = Path.of(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: ingest [--url BASE_URL] [--record FILE] FILE|DIR...");
            System.exit(2);
        }
        IngestCommand command = new IngestCommand(url);
        List<Item> items = new ArrayList<>();
        for (Path path : paths) {
            items.addAll(command.read(path));
        }
        try {
            command.post(items);
        } catch (IllegalStateException refused) {
            System.err.println();
            System.err.println("ingest: " + refused.getMessage());
            System.exit(1);
        }
        if (record != null) {
            command.writeRecord(record);
        }
        System.exit(command.rejected.isEmpty() ? 0 : 1);
    }

    List<Item> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Item> items = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    items.addAll(readFile(file));
                }
            }
            return items;
        }
        return readFile(path);
    }

    private List<Item> readFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            List<Item> items = new ArrayList<>();
            String[] lines = content.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    items.add(new Item(file + ":" + (i + 1), lines[i]));
                }
            }
            return items;
        }
        if (name.endsWith(".json")) {
            JsonNode node;
            try {
                node = JSON.readTree(content);
            } catch (IOException e) {
                return List.of(new Item(file.toString(), content));
            }
            List<Item> items = new ArrayList<>();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    items.add(new Item(file + "[" + i + "]", node.get(i).toString()));
                }
            } else {
                items.add(new Item(file.toString(), node.toString()));
            }
            return items;
        }
        ObjectNode article = JSON.createObjectNode();
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            article.put("html", content);
        } else {
            // Plain text: the first line is the title, as a scraper leaves it; the rest is the body.
            int newline = content.indexOf('\n');
            if (newline > 0 && newline < 300 && content.substring(newline + 1).strip().length() > 0) {
                article.put("title", content.substring(0, newline).strip());
                article.put("text", content.substring(newline + 1).strip());
            } else {
                article.put("text", content);
            }
        }
        return List.of(new Item(file.toString(), article.toString()));
    }

    void post(List<Item> items) throws InterruptedException {
        for (int start = 0; start < items.size(); start += BATCH) {
            List<Item> chunk = items.subList(start, Math.min(items.size(), start + BATCH));
            postChunk(chunk);
            progress.draw(start + chunk.size(), items.size(), "");
        }
        progress.finish();
        err.printf("ingest: %d accepted, %d rejected%n", accepted, rejected.size());
        rejected.forEach(r -> err.println("  rejected " + r));
    }

    private void postChunk(List<Item> chunk) throws InterruptedException {
        List<Item> todo = chunk;
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            todo = postOnce(todo, attempt < ATTEMPTS);
        }
    }

    /**
     * Posts the items once. A 429 or 503 for the whole request (the service is saturated; nothing was sent), and a
     * 503 or 429 for one item (Kafka did not take it in time, or the service filled up mid-batch; it was not sent),
     * are retried after the Retry-After the service gave.
     *
     * @return the items to post again
     */
    private List<Item> postOnce(List<Item> chunk, boolean mayRetry) throws InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Item item : chunk) {
            body.append(item.json().replace('\n', ' ')).append('\n');
        }
        HttpRequest request = ApiKey.sign(HttpRequest.newBuilder(batchUri), key).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            int status = response.statusCode();
            if ((status == 429 || status == 503) && mayRetry) {
                Thread.sleep(retryAfter(response));
                return chunk;
            }
            if (status == 401 || status == 403) {
                throw new IllegalStateException(ApiKey.refusal(status));
            }
            if (status != 200) {
                chunk.forEach(item -> rejected.add(item.origin() + ": " + answer.path("detail").asText(response.body())));
                return List.of();
            }
            List<Item> again = new ArrayList<>();
            for (JsonNode result : answer.get("items")) {
                Item item = chunk.get(result.get("index").asInt());
                int itemStatus = result.get("status").asInt();
                if (itemStatus == 202) {
                    accepted++;
                    acceptedIds.add(JSON.createObjectNode().put("id", result.get("id").asText())
                            .put("origin", item.origin()).toString());
                } else if ((itemStatus == 503 || itemStatus == 429) && mayRetry) {
                    again.add(item);
                } else {
                    rejected.add(item.origin() + ": " + result.path("problem").path("detail").asText());
                }
            }
            if (!again.isEmpty()) {
                Thread.sleep(retryAfter(response));
            }
            return again;
        } catch (IOException e) {
            chunk.forEach(item -> rejected.add(item.origin() + ": " + e.getMessage()));
            return List.of();
        }
    }

    /** The service's Retry-After in milliseconds (seconds form), else a few seconds; capped at a minute. */
    private static long retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return DEFAULT_RETRY_SECONDS;
            }
        }).orElse(DEFAULT_RETRY_SECONDS);
        return Math.min(60, Math.max(1, seconds)) * 1000;
    }

    private void writeRecord(Path record) throws IOException {
        Files.createDirectories(record.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(record, StandardCharsets.UTF_8)) {
            for (String line : acceptedIds) {
                writer.write(line);
                writer.write('\n');
            }
        }
    }
}

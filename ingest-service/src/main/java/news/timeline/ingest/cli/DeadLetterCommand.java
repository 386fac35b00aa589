package news.timeline.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./timeline dlq list [--reason R] | show P/O | replay [--reason R]}: ingest-service's dead-letter endpoints
 * ({@code /api/admin/dlq}), with the API key of {@code TIMELINE_API_KEY}. A plain main, no Quarkus runtime.
 */
public final class DeadLetterCommand {

    /** Pages (listing) and calls (replay) at most, so that no command runs unboundedly. */
    private static final int MAX_CALLS = 100;
    private static final String USAGE = "usage: dlq [--url BASE_URL] list [--reason R] | show PARTITION/OFFSET | replay [--reason R]";

    private final ApiClient api;
    private final PrintStream out;

    DeadLetterCommand(String baseUrl, String key, PrintStream out) {
        this.api = new ApiClient(baseUrl, "/api/admin/dlq", key, Duration.ofSeconds(60));
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8081";
        String reason = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--reason" -> reason = args[++i];
                default -> words.add(args[i]);
            }
        }
        DeadLetterCommand command = new DeadLetterCommand(url, ApiKey.fromEnvironment(), System.out);
        try {
            switch (words.isEmpty() ? "" : words.get(0)) {
                case "list" -> command.list(reason);
                case "show" -> command.show(words.size() == 2 ? words.get(1) : "");
                case "replay" -> command.replay(reason);
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("dlq: " + e.getMessage());
            System.exit(1);
        }
    }

    void list(String reason) throws IOException, InterruptedException {
        String cursor = null;
        int count = 0;
        out.printf("%-12s %-15s %-34s %-24s %8s %-8s %s%n", "POSITION", "TOPIC", "KEY", "TIME", "BYTES", "REPLAYED",
                "REASON");
        for (int call = 0; call < MAX_CALLS; call++) {
            JsonNode page = call("GET", "?limit=500" + param("reason", reason) + param("cursor", cursor));
            for (JsonNode item : page.path("items")) {
                count++;
                out.printf(Locale.ROOT, "%-12s %-15s %-34s %-24s %8d %-8s %s%n",
                        item.path("partition").asInt() + "/" + item.path("offset").asLong(),
                        item.path("topic").asText("?"), item.path("key").asText(""),
                        item.path("timestamp").asText(""), item.path("size").asInt(),
                        item.path("replayed").asBoolean() ? "yes" : "no", oneLine(item.path("reason").asText("")));
            }
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
            if (cursor == null) {
                out.printf("%d dead letter(s)%s%n", count, reason == null ? "" : " with reason containing '" + reason + "'");
                return;
            }
        }
        out.printf("%d dead letter(s) listed; more after %s (%d pages read)%n", count, cursor, MAX_CALLS);
    }

    void show(String position) throws IOException, InterruptedException {
        if (!position.matches("\\d+/\\d+")) {
            throw new IllegalArgumentException("show needs PARTITION/OFFSET, as 'list' prints them");
        }
        out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(call("GET", "/" + position)));
    }

    void replay(String reason) throws IOException, InterruptedException {
        int replayed = 0;
        int already = 0;
        int notReplayable = 0;
        String cursor = null;
        for (int call = 0; call < MAX_CALLS; call++) {
            JsonNode result = call("POST", "/replay?" + param("reason", reason) + param("cursor", cursor));
            replayed += result.path("replayed").asInt();
            already += result.path("alreadyReplayed").asInt();
            notReplayable += result.path("notReplayable").asInt();
            for (JsonNode sent : result.path("records")) {
                out.printf("replayed %d/%d -> %s (key %s)%n", sent.path("partition").asInt(),
                        sent.path("offset").asLong(), sent.path("topic").asText(), sent.path("key").asText());
            }
            cursor = result.path("next").isTextual() ? result.path("next").asText() : null;
            if (result.path("complete").asBoolean() || cursor == null) {
                break;
            }
        }
        out.printf("%d replayed; %d replayed before (skipped); %d not replayable (unknown topic)%s%n", replayed,
                already, notReplayable, cursor == null ? "" : "; more after " + cursor + ": run replay again");
    }

    private JsonNode call(String method, String pathAndQuery) throws IOException, InterruptedException {
        return api.call(method, pathAndQuery, null, 200);
    }

    /** A reason may span lines (database errors do): one line of at most 120 characters in the table. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + ApiClient.encode(value);
    }
}

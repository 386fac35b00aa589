package news.timeline.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./timeline feed add URL [--source S] [--interval SECONDS] [--fetch-pages] | list | remove ID}:
 * ingest-service's feed subscriptions ({@code /api/feeds}), with the API key of {@code TIMELINE_API_KEY}. A plain
 * main, no Quarkus runtime.
 */
public final class FeedCommand {

    /** Pages read at most by {@code list}: with 500 a page, far above ingest.feeds.max-feeds. */
    private static final int MAX_PAGES = 20;
    private static final String USAGE = "usage: feed [--url BASE_URL] add FEED_URL [--source S] [--interval SECONDS] "
            + "[--fetch-pages] | list | remove ID";

    private final ApiClient api;
    private final PrintStream out;

    FeedCommand(String baseUrl, String key, PrintStream out) {
        this.api = new ApiClient(baseUrl, "/api/feeds", key, Duration.ofSeconds(30));
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8081";
        String source = null;
        Long interval = null;
        boolean fetchPages = false;
        List<String> words = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = args[++i];
                    case "--source" -> source = args[++i];
                    case "--interval" -> interval = Long.parseLong(args[++i]);
                    case "--fetch-pages" -> fetchPages = true;
                    default -> words.add(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            usage();
        }
        FeedCommand command = new FeedCommand(url, ApiKey.fromEnvironment(), System.out);
        try {
            String verb = words.isEmpty() ? "" : words.get(0);
            if (verb.equals("add") && words.size() == 2) {
                command.add(words.get(1), source, interval, fetchPages);
            } else if (verb.equals("list") && words.size() == 1) {
                command.list();
            } else if (verb.equals("remove") && words.size() == 2) {
                command.remove(words.get(1));
            } else {
                usage();
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("feed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }

    void add(String feedUrl, String source, Long intervalSeconds, boolean fetchPages)
            throws IOException, InterruptedException {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("url", feedUrl).put("fetchPages", fetchPages);
        if (source != null) {
            body.put("source", source);
        }
        if (intervalSeconds != null) {
            body.put("intervalSeconds", intervalSeconds);
        }
        JsonNode feed = api.call("POST", "", ApiClient.JSON.writeValueAsString(body), 201);
        out.printf("subscribed %s: %s, every %d s%s%n", feed.path("id").asText(), feed.path("url").asText(),
                feed.path("intervalSeconds").asLong(), fetchPages ? ", with linked pages" : "");
    }

    void list() throws IOException, InterruptedException {
        out.printf("%-16s %-20s %-20s %-20s %7s %5s %-16s %s%n", "ID", "LAST POLL", "LAST SUCCESS", "NEXT POLL",
                "ITEMS", "FAILS", "POLLED BY", "URL / LAST ERROR");
        String cursor = null;
        int count = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode feeds = api.call("GET", "?limit=500" + (cursor == null ? "" : "&cursor=" + ApiClient.encode(cursor)),
                    null, 200);
            for (JsonNode feed : feeds.path("items")) {
                count++;
                out.printf(Locale.ROOT, "%-16s %-20s %-20s %-20s %7d %5d %-16s %s%n", feed.path("id").asText(),
                        time(feed, "lastPollAt"), time(feed, "lastSuccessAt"), time(feed, "nextPollAt"),
                        feed.path("itemsSeen").asLong(), feed.path("failures").asInt(),
                        feed.path("polledBy").asText("-"), feed.path("url").asText());
                if (feed.path("failures").asInt() > 0) {
                    out.printf("%-16s last error at %s: %s%n", "", time(feed, "lastErrorAt"),
                            feed.path("lastError").asText());
                }
            }
            cursor = feeds.path("next").isTextual() ? feeds.path("next").asText() : null;
            if (cursor == null) {
                break;
            }
        }
        out.printf("%d feed(s)%s%n", count, cursor == null ? "" : "; more after " + cursor);
    }

    void remove(String id) throws IOException, InterruptedException {
        api.call("DELETE", "/" + ApiClient.encode(id), null, 204);
        out.printf("unsubscribed %s%n", id);
    }

    /** An instant to the second, UTC, or "-". */
    private static String time(JsonNode feed, String field) {
        String value = feed.path(field).asText("");
        return value.isEmpty() ? "-" : value.replaceFirst("\\.\\d+Z$", "Z");
    }
}

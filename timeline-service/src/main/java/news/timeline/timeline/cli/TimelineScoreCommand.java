package news.timeline.timeline.cli;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Timeline17 scored the way news-tls does it, one journalist timeline (task) at a time:
 * <ul>
 * <li>{@code window TIMELINE_JSON ARTICLES_JSONL OUT_JSONL}: writes the topic's articles published within the task's
 * window (its first to its last date, both included), the only ones the system may read;</li>
 * <li>{@code score TIMELINE_URL TIMELINE_JSON TASK RESULTS_TSV [FILTER]}: asks {@code /api/timeline} for the window,
 * l dates and k sentences per date (and FILTER's parameters, such as {@code q=oil}, to pick one story out of a mixed
 * stream), scores the answer ({@link TimelineScore}) and appends a row to RESULTS_TSV;</li>
 * <li>{@code report RESULTS_TSV}: the per-task table and the average (precision and recall averaged over tasks, F1 of
 * the averages).</li>
 * </ul>
 */
public final class TimelineScoreCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineScoreCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "window" -> {
                require(args, 4, "window TIMELINE_JSON ARTICLES_JSONL OUT_JSONL");
                window(ReferenceTimeline.read(Path.of(args[1])), Path.of(args[2]), Path.of(args[3]));
            }
            case "score" -> {
                require(args, args.length == 6 ? 6 : 5, "score TIMELINE_URL TIMELINE_JSON TASK RESULTS_TSV [FILTER]");
                score(args[1].replaceAll("/+$", ""), ReferenceTimeline.read(Path.of(args[2])), args[3],
                        Path.of(args[4]), args.length == 6 ? args[5] : "");
            }
            case "report" -> {
                require(args, 2, "report RESULTS_TSV");
                System.out.print(TaskResults.read(Path.of(args[1])).table());
            }
            default -> {
                System.err.println("usage: TimelineScoreCommand window|score|report ...");
                System.exit(2);
            }
        }
    }

    private static void require(String[] args, int count, String usage) {
        if (args.length != count) {
            System.err.println("usage: TimelineScoreCommand " + usage);
            System.exit(2);
        }
    }

    private static void window(ReferenceTimeline task, Path articles, Path out) throws IOException {
        int kept = 0;
        try (Writer w = Files.newBufferedWriter(out)) {
            for (String line : Files.readAllLines(articles)) {
                String published = line.isBlank() ? "" : JSON.readTree(line).path("publishedAt").asText("");
                if (published.length() < 10) {
                    continue;
                }
                LocalDate day = LocalDate.parse(published.substring(0, 10));
                if (!day.isBefore(task.first()) && !day.isAfter(task.last())) {
                    w.write(line);
                    w.write('\n');
                    kept++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "window %s..%s: %d articles, l=%d, k=%d%n", task.first(), task.last(), kept,
                task.dates(), task.sentencesPerDate());
    }

    private static void score(String url, ReferenceTimeline task, String name, Path results, String filter)
            throws IOException, InterruptedException {
        String query = "from=" + task.first() + "&to=" + task.last() + "&limit=" + task.dates() + "&sentences="
                + task.sentencesPerDate() + (filter.isBlank() ? "" : "&" + filter);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/api/timeline?" + query)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/timeline?" + query + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        TreeMap<LocalDate, String> days = new TreeMap<>();
        List<String> undated = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            List<String> statements = new ArrayList<>();
            item.get("statements").forEach(s -> statements.add(s.asText()));
            String text = String.join(" ", statements);
            if ("day".equalsIgnoreCase(item.path("granularity").asText())) {
                days.put(LocalDate.parse(item.get("date").asText()), text);
            } else {
                undated.add(text);
            }
        }
        TimelineScore.Timeline system = new TimelineScore.Timeline(days, undated);
        TaskResults.Row row = new TaskResults.Row(name.replaceAll("\\s+", "_"), task.dates(),
                task.sentencesPerDate(), days.size(), undated.size(), TimelineScore.of(system, task.timeline()));
        Files.writeString(results, row.tsv() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(new TaskResults(List.of(row)).table());
    }
}

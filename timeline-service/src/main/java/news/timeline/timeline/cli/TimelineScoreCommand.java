package news.timeline.timeline.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the running timeline-service against a Timeline17 topic's journalist timelines: asks
 * {@code /api/timeline} for as many dates as the reference has, within the span of the topic's articles, and prints
 * date F1 and ROUGE-1 (see {@link TimelineScore}). The topic's articles must have been ingested first
 * ({@code ./timeline tls} does both).
 *
 * <pre>TimelineScoreCommand TIMELINE_URL TOPIC_DIR</pre>
 */
public final class TimelineScoreCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineScoreCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: TimelineScoreCommand TIMELINE_URL TOPIC_DIR");
            System.exit(2);
        }
        String url = args[0].replaceAll("/+$", "");
        Path topic = Path.of(args[1]);
        String[] span = span(topic.resolve("articles.jsonl"));
        List<Path> references;
        try (Stream<Path> files = Files.list(topic)) {
            references = files.filter(f -> f.getFileName().toString().matches("timeline-.*\\.json")).sorted().toList();
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("no timeline-*.json in " + topic);
        }
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf(Locale.ROOT, "%-24s %5s %5s %7s %7s %7s %9s %9s%n", topic.getFileName() + " vs", "dates",
                "items", "date P", "date R", "date F1", "concat R1", "agree R1");
        for (Path file : references) {
            List<TimelineScore.Dated> reference = new ArrayList<>();
            for (JsonNode d : JSON.readTree(file.toFile())) {
                reference.add(new TimelineScore.Dated(d.get("date").asText().substring(0, 10), d.get("text").asText()));
            }
            long dates = reference.stream().map(TimelineScore.Dated::date).distinct().count();
            String query = "limit=" + Math.min(200, dates) + "&from=" + enc(span[0]) + "&to=" + enc(span[1]);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/timeline?" + query))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET /api/timeline answered " + response.statusCode() + ": " + response.body());
            }
            List<TimelineScore.Dated> system = new ArrayList<>();
            for (JsonNode item : JSON.readTree(response.body()).get("items")) {
                system.add(new TimelineScore.Dated(item.get("date").asText(), item.get("summary").asText()));
            }
            TimelineScore s = TimelineScore.of(system, reference);
            String name = file.getFileName().toString().replaceAll("^timeline-|\\.json$", "");
            System.out.printf(Locale.ROOT, "%-24s %5d %5d %7.3f %7.3f %7.3f %9.3f %9.3f%n", name, dates, system.size(),
                    s.dateP(), s.dateR(), s.dateF1(), s.concatRouge1(), s.agreementRouge1());
        }
    }

    /** The first and last publication dates of the topic's articles. */
    private static String[] span(Path articles) throws IOException {
        String first = null;
        String last = null;
        for (String line : Files.readAllLines(articles)) {
            if (line.isBlank()) {
                continue;
            }
            String date = JSON.readTree(line).path("publishedAt").asText("");
            if (date.length() < 10) {
                continue;
            }
            date = date.substring(0, 10);
            first = first == null || date.compareTo(first) < 0 ? date : first;
            last = last == null || date.compareTo(last) > 0 ? date : last;
        }
        if (first == null) {
            throw new IllegalArgumentException("no publication dates in " + articles);
        }
        return new String[] { first, last };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package news.timeline.extract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.timeline.extract.event.ArticleText;
import news.timeline.extract.event.EventExtractor;
import news.timeline.contract.EventStatus;
import news.timeline.extract.event.ExtractedEvent;
import news.timeline.extract.temporal.TemporalTagger;

/**
 * Scores event statuses against hand labels of Timeline17 statements. The labels file holds references, not text:
 * {@code topic <TAB> article id <TAB> date offset <TAB> date words <TAB> half <TAB> status}; each article is read
 * from the corpus folder, extracted with its publication date, and the event whose date starts at the offset gives
 * the status. One confusion matrix per half (dev, heldout) and one for all. Usage:
 * {@code StatusEvalCommand [--wrong] LABELS CORPUS_DIR}; with --wrong, each wrong statement is listed.
 */
public final class StatusEvalCommand {

    private static final String USAGE = "usage: StatusEvalCommand [--wrong] LABELS CORPUS_DIR";

    /** One labelled statement. */
    record Label(String topic, String article, int dateStart, String dateText, String half, EventStatus status) {
    }

    /** What the extractor made of one labelled statement: its status, or null when it made no event there. */
    record Outcome(Label label, EventStatus predicted, String statement) {

        boolean right() {
            return label.status() == predicted;
        }
    }

    private final EventExtractor extractor = new EventExtractor(TemporalTagger.load());
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 ok, 1 unreadable input, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean listWrong = args.length > 0 && "--wrong".equals(args[0]);
        List<String> rest = List.of(args).subList(listWrong ? 1 : 0, args.length);
        if (rest.size() != 2 || rest.stream().anyMatch(arg -> arg.startsWith("--"))) {
            err.println(USAGE);
            return 2;
        }
        List<Outcome> outcomes;
        try {
            outcomes = new StatusEvalCommand().score(readLabels(Path.of(rest.get(0))), Path.of(rest.get(1)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot score: " + e.getMessage());
            return 1;
        }
        if (listWrong) {
            for (Outcome outcome : outcomes) {
                if (!outcome.right()) {
                    Label label = outcome.label();
                    out.printf(Locale.ROOT, "%s %s @%d %s [%s] %s: %s got %s%n", label.topic(), label.article(),
                            label.dateStart(), label.dateText(), label.half(), outcome.statement(),
                            name(label.status()), name(outcome.predicted()));
                }
            }
            out.println();
        }
        for (StatusConfusion confusion : tally(outcomes).values()) {
            out.println(confusion.table());
        }
        out.flush();
        return 0;
    }

    static List<Label> readLabels(Path file) throws IOException {
        return parseLabels(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<Label> parseLabels(List<String> lines) {
        List<Label> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IllegalArgumentException("not 6 tab-separated fields: " + line);
            }
            out.add(new Label(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4],
                    EventStatus.valueOf(f[5].toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    /** Confusion matrices by half, in the order the halves first appear, then "all". */
    static Map<String, StatusConfusion> tally(List<Outcome> outcomes) {
        Map<String, StatusConfusion> out = new LinkedHashMap<>();
        StatusConfusion all = new StatusConfusion("all");
        for (Outcome outcome : outcomes) {
            out.computeIfAbsent(outcome.label().half(), StatusConfusion::new)
                    .count(outcome.label().status(), outcome.predicted());
            all.count(outcome.label().status(), outcome.predicted());
        }
        out.put("all", all);
        return out;
    }

    List<Outcome> score(List<Label> labels, Path corpus) throws IOException {
        Map<String, List<Label>> byTopic = new LinkedHashMap<>();
        for (Label label : labels) {
            byTopic.computeIfAbsent(label.topic(), topic -> new ArrayList<>()).add(label);
        }
        List<Outcome> out = new ArrayList<>();
        Map<String, List<ExtractedEvent>> extracted = new HashMap<>();
        for (Map.Entry<String, List<Label>> topic : byTopic.entrySet()) {
            Map<String, JsonNode> articles = articles(corpus.resolve(topic.getKey()), topic.getValue());
            for (Label label : topic.getValue()) {
                JsonNode article = articles.get(label.article());
                if (article == null) {
                    throw new IllegalArgumentException("no article " + label.article() + " in " + topic.getKey());
                }
                String text = article.get("text").asText();
                if (!text.startsWith(label.dateText(), label.dateStart())) {
                    throw new IllegalArgumentException(topic.getKey() + " " + label.article() + " does not hold \""
                            + label.dateText() + "\" at " + label.dateStart());
                }
                List<ExtractedEvent> events = extracted.computeIfAbsent(topic.getKey() + "/" + label.article(),
                        key -> extractor.extract(new ArticleText(null, text,
                                LocalDate.parse(article.get("publishedAt").asText()))).events());
                Optional<ExtractedEvent> event = events.stream()
                        .filter(e -> e.dateStart() == label.dateStart()).findFirst();
                out.add(new Outcome(label, event.map(ExtractedEvent::status).orElse(null),
                        event.map(ExtractedEvent::text).orElse("-")));
            }
        }
        return out;
    }

    /** The labelled articles of a topic, by id. */
    private Map<String, JsonNode> articles(Path topic, List<Label> labels) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        List<String> wanted = labels.stream().map(Label::article).toList();
        try (BufferedReader lines = Files.newBufferedReader(topic.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    if (wanted.contains(article.get("id").asText())) {
                        out.put(article.get("id").asText(), article);
                    }
                }
            }
        }
        return out;
    }

    private static String name(EventStatus status) {
        return status == null ? "no event" : status.name().toLowerCase(Locale.ROOT);
    }
}

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.temporal.Timex;

/**
 * Runs the temporal tagger over Timeline17 topics ({@code TOPIC/articles.jsonl}, each article with its publication
 * date) and counts the expressions that look wrong, by {@link Suspicion}: real news has no gold, so this is where
 * the engine's mistakes on unseen text show. Usage: {@code AuditCommand [--list] DIR...}, each DIR a topic or a
 * folder of topics; with --list, every suspicious expression is printed with its sentence, grouped by suspicion.
 */
public final class AuditCommand {

    private static final String USAGE = "usage: AuditCommand [--list] DIR... (a Timeline17 topic, or a folder of topics)";
    private static final int CONTEXT = 110;

    private final TemporalTagger tagger;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Suspicion, List<String>> found = new EnumMap<>(Suspicion.class);
    private int articles;
    private int expressions;

    AuditCommand(TemporalTagger tagger) {
        this.tagger = tagger;
        for (Suspicion suspicion : Suspicion.values()) {
            found.put(suspicion, new ArrayList<>());
        }
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 ok, 1 unreadable input, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean list = args.length > 0 && "--list".equals(args[0]);
        List<String> dirs = List.of(args).subList(list ? 1 : 0, args.length);
        if (dirs.isEmpty() || dirs.stream().anyMatch(dir -> dir.startsWith("--"))) {
            err.println(USAGE);
            return 2;
        }
        AuditCommand audit = new AuditCommand(TemporalTagger.load());
        try {
            List<Path> topics = TimelineTopics.in(dirs);
            if (topics.isEmpty()) {
                err.println("no TOPIC/articles.jsonl under " + String.join(" ", dirs));
                return 1;
            }
            for (Path topic : topics) {
                audit.read(topic);
            }
        } catch (IOException e) {
            err.println("cannot read " + e.getMessage());
            return 1;
        }
        audit.report(out, list);
        out.flush();
        return 0;
    }

    private void read(Path topic) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(topic.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    String where = topic.getFileName() + "/" + article.get("id").asText();
                    audit(where, article.get("text").asText(), LocalDate.parse(article.get("publishedAt").asText()));
                }
            }
        }
    }

    private void audit(String where, String text, LocalDate published) {
        articles++;
        for (Timex timex : tagger.tag(text, published)) {
            expressions++;
            Suspicion suspicion = Suspicion.of(timex, text, published);
            if (suspicion != null) {
                found.get(suspicion).add(where + " " + published + "  [" + timex.text() + "] " + timex.type() + " "
                        + timex.value() + "  " + context(text, timex));
            }
        }
    }

    /** The words around the expression, the expression in brackets, on one line. */
    private static String context(String text, Timex timex) {
        int from = Math.max(0, timex.start() - CONTEXT);
        int to = Math.min(text.length(), timex.end() + CONTEXT);
        return ("…" + text.substring(from, timex.start()) + "[" + timex.text() + "]" + text.substring(timex.end(), to)
                + "…").replaceAll("\\s+", " ");
    }

    private void report(PrintStream out, boolean list) {
        out.printf("%,d articles, %,d expressions%n", articles, expressions);
        int total = 0;
        for (Map.Entry<Suspicion, List<String>> entry : found.entrySet()) {
            out.printf("%-13s %6d  %s%n", entry.getKey(), entry.getValue().size(), entry.getKey().description);
            total += entry.getValue().size();
        }
        out.printf("%-13s %6d%n", "suspicious", total);
        if (list) {
            for (Map.Entry<Suspicion, List<String>> entry : found.entrySet()) {
                out.println();
                out.println("== " + entry.getKey() + " (" + entry.getValue().size() + ")");
                entry.getValue().forEach(out::println);
            }
        }
    }
}

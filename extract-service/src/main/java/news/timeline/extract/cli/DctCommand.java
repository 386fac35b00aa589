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
import java.util.List;
import news.timeline.extract.event.ArticleText;
import news.timeline.extract.event.DctSource;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.event.PublicationDate;
import news.timeline.extract.temporal.TemporalTagger;

/**
 * Scores the publication date inferred from the text alone against the feed's date, over Timeline17 topics
 * ({@code TOPIC/articles.jsonl}, one {@code {"id", "publishedAt", "text"}} a line): the articles are read without
 * their dates, and for each topic it counts how often the answer is unknown, and how often the inferred year, month
 * and day are right or wrong. Usage: {@code DctCommand [--wrong] DIR...}, each DIR a topic or a folder of topics;
 * with --wrong, each answer whose year is wrong is listed with its evidence.
 */
public final class DctCommand {

    private static final String USAGE =
            "usage: DctCommand [--wrong] DIR... (a Timeline17 topic, or a folder of topics)";

    private final EventExtractor extractor;
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream wrongYears;

    /** @param wrongYears where to list the answers whose year is wrong, or null */
    DctCommand(EventExtractor extractor, PrintStream wrongYears) {
        this.extractor = extractor;
        this.wrongYears = wrongYears;
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 ok, 1 unreadable input, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean listWrong = args.length > 0 && "--wrong".equals(args[0]);
        List<String> dirs = List.of(args).subList(listWrong ? 1 : 0, args.length);
        if (dirs.isEmpty() || dirs.stream().anyMatch(dir -> dir.startsWith("--"))) {
            err.println(USAGE);
            return 2;
        }
        List<Path> topics;
        try {
            topics = TimelineTopics.in(dirs);
        } catch (IOException e) {
            err.println("cannot list " + e.getMessage());
            return 1;
        }
        if (topics.isEmpty()) {
            err.println("no TOPIC/articles.jsonl under " + String.join(" ", dirs));
            return 1;
        }
        DctCommand command = new DctCommand(new EventExtractor(TemporalTagger.load()), listWrong ? out : null);
        DctTally total = new DctTally("all");
        out.println(DctTally.HEADER);
        for (Path topic : topics) {
            try {
                DctTally tally = command.score(topic);
                out.println(tally.row());
                total.add(tally);
            } catch (IOException e) {
                err.println("cannot read " + topic + ": " + e.getMessage());
                return 1;
            }
        }
        out.println(total.row());
        out.println();
        out.println(total.summary());
        out.flush();
        return 0;
    }

    DctTally score(Path topic) throws IOException {
        DctTally tally = new DctTally(topic.getFileName().toString());
        try (BufferedReader lines = Files.newBufferedReader(topic.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                LocalDate published = LocalDate.parse(article.get("publishedAt").asText());
                PublicationDate inferred = extractor.extract(
                        new ArticleText(null, article.get("text").asText(), null)).dct();
                String value = inferred.source() == DctSource.INFERRED ? inferred.value() : null;
                tally.count(value, inferred.granularity(), published);
                if (wrongYears != null && value != null && !value.startsWith(String.valueOf(published.getYear()))) {
                    wrongYears.println(topic.getFileName() + " " + article.get("id").asText() + ": " + value
                            + " instead of " + published + " " + inferred.evidence());
                }
            }
        }
        return tally;
    }
}

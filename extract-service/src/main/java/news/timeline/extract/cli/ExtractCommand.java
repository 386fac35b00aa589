package news.timeline.extract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.extract.event.ArticleText;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.event.ExtractedEvent;
import news.timeline.extract.event.Extraction;
import news.timeline.extract.event.PublicationDate;
import news.timeline.extract.temporal.TemporalTagger;

/**
 * Runs the extractor offline over plain-text articles and prints JSON Lines: per file one "article" line, then one
 * "event" line per event. Usage: {@code ExtractCommand [--dct YYYY-MM-DD] FILE...}. Without --dct the publication
 * date is inferred from each text and the article line lists the evidence. A file's first line is its title when
 * it reads like one (see {@link EventExtractor}).
 */
public final class ExtractCommand {

    private static final String USAGE = "usage: ExtractCommand [--dct YYYY-MM-DD] FILE...";

    private final EventExtractor extractor;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    ExtractCommand(EventExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 ok, 1 unreadable file, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate dct = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--dct".equals(args[i])) {
                if (i + 1 >= args.length) {
                    err.println(USAGE);
                    return 2;
                }
                try {
                    dct = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    err.println("--dct wants a date such as 2018-07-24, not " + args[i]);
                    return 2;
                }
            } else if (args[i].startsWith("--")) {
                err.println(USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ExtractCommand command = new ExtractCommand(new EventExtractor(TemporalTagger.load()));
        int code = 0;
        for (Path file : files) {
            try {
                command.print(file, Files.readString(file, StandardCharsets.UTF_8), dct, out);
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                code = 1;
            }
        }
        out.flush();
        return code;
    }

    void print(Path file, String content, LocalDate dct, PrintStream out) throws IOException {
        Extraction extraction = extractor.extract(new ArticleText(null, content, dct));
        PublicationDate date = extraction.dct();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("type", "article");
        article.put("file", file.toString());
        article.put("title", extraction.title());
        article.put("dct", date.value());
        article.put("dctSource", lower(date.source()));
        article.put("dctGranularity", date.granularity());
        article.put("dctConfidence", date.confidence());
        article.put("evidence", date.evidence());
        out.println(json.writeValueAsString(article));
        for (ExtractedEvent event : extraction.events()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "event");
            line.put("date", event.date());
            line.put("granularity", event.granularity());
            line.put("dateText", event.dateText());
            line.put("dateStart", event.dateStart());
            line.put("dateEnd", event.dateEnd());
            line.put("text", event.text());
            line.put("sentence", event.sentence());
            line.put("sentenceStart", event.sentenceStart());
            line.put("sentenceEnd", event.sentenceEnd());
            line.put("actors", event.actors());
            line.put("location", event.location());
            line.put("status", lower(event.status()));
            line.put("confidence", event.confidence());
            out.println(json.writeValueAsString(line));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

package news.timeline.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences of a corpus of dated articles, grouped by story (topic), read from JSON Lines files whose lines hold
 * {@code text} and {@code publishedAt}: Timeline17's {@code <topic>/articles.jsonl} (text tokenized with spaces around
 * punctuation, which is undone here) or an NDJSON file such as ingest-service's samples.
 */
public final class Corpus {

    /** One source article: its story, its publication day and its sentences. */
    public record Source(String topic, LocalDate publishedAt, List<String> sentences) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // A sentence ends at . ! or ? (possibly followed by a closing quote or bracket) before a capital or an opening quote.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'’”)]?)\\s+(?=[\"“‘`(]*[A-Z0-9])");

    private final List<List<Source>> topics;
    private final String description;

    private Corpus(List<List<Source>> topics, String description) {
        this.topics = topics;
        this.description = description;
    }

    /** Timeline17's topics under {@code dir} (each {@code <topic>/articles.jsonl}), or one JSON Lines file. */
    public static Corpus read(Path path) {
        List<List<Source>> topics = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path, 2)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".jsonl")
                        || p.getFileName().toString().endsWith(".ndjson")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(path);
        }
        int articles = 0;
        for (Path file : files) {
            List<Source> sources = readFile(file);
            if (!sources.isEmpty()) {
                topics.add(sources);
                articles += sources.size();
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("No articles with text in " + path);
        }
        return new Corpus(topics, articles + " articles in " + topics.size() + " stories from " + path);
    }

    private static List<Source> readFile(Path file) {
        String topic = file.getParent() == null ? file.toString() : file.getParent().getFileName().toString();
        List<Source> sources = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String text = node.path("text").asText("");
                if (text.isBlank()) {
                    continue;
                }
                List<String> sentences = sentences(text);
                if (!sentences.isEmpty()) {
                    sources.add(new Source(topic, day(node.path("publishedAt").asText("")), sentences));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return sources;
    }

    static LocalDate day(String publishedAt) {
        if (publishedAt.length() >= 10) {
            try {
                return LocalDate.parse(publishedAt.substring(0, 10));
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(publishedAt).toLocalDate();
                } catch (DateTimeParseException ignored) {
                    // fall through
                }
            }
        }
        return LocalDate.of(2010, 1, 1);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n+")) {
            for (String sentence : SENTENCE_END.split(detokenize(paragraph.strip()))) {
                String s = sentence.strip();
                // Very short fragments (bylines, "Reuters") make poor sentences.
                if (s.length() >= 25 && s.length() <= 1200) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Undoes Penn-Treebank-style tokenization: {@code Michael 's death , they said .} becomes normal text. */
    static String detokenize(String text) {
        String s = " " + text + " ";
        s = s.replace(" `` ", " \"").replace(" '' ", "\" ").replace(" ` ", " '");
        s = s.replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m|'S) ", "$1 ");
        s = s.replaceAll(" ' ", "' ");
        s = s.replaceAll(" ([.,;:!?%)\\]}])", "$1");
        s = s.replaceAll("([(\\[{$]) ", "$1");
        s = s.replaceAll("\\s{2,}", " ");
        return s.strip();
    }

    public List<List<Source>> topics() {
        return topics;
    }

    public String description() {
        return description;
    }
}

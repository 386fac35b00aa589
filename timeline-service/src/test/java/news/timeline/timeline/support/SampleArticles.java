package news.timeline.timeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;

/**
 * The five sample articles of {@code ingest-service/samples/seeds.ndjson} as article-events messages: their titles,
 * outlets, dates and texts from the file, with the events a reader dates them to (the dates SamplesEndToEndTest
 * expects of extract-service), each at its sentence's and date words' offsets in the article's text. For tests of
 * this module that need the samples' timeline without running ingest-service and extract-service.
 */
public final class SampleArticles {

    public static final Path SEEDS = Path.of("..", "ingest-service", "samples", "seeds.ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TRUMP_PUTIN = List.of("Donald Trump", "Vladimir Putin");

    /** An event of a sample: its date, the words that say it, the sentence that holds them. */
    private record Sample(String date, String granularity, String dateText, String sentence, String statement,
            String location, String status) {
    }

    private static final List<List<Sample>> EVENTS = List.of(
            List.of(new Sample("2020-09", "month", "next month", "Administration officials have explored various "
                    + "times and locations for another Trump-Putin summit, including potentially next month in New "
                    + "York, four sources told NBC News.", "Trump and Putin could hold a summit in New York",
                    "New York", "possible")),
            List.of(new Sample("2020-09", "month", "next month", "The report, citing four people familiar with the "
                    + "discussions, said that officials have begun looking into possible dates for the event, which "
                    + "could potentially take place in New York next month.",
                    "Trump and Putin could meet in New York", "New York", "possible")),
            List.of(new Sample("2017-W27", "week", "next week", "President Donald Trump will meet with Russian "
                    + "President Vladimir Putin at the Group of 20 Summit next week in Hamburg, Germany.",
                    "Trump will meet Putin at the G20 summit in Hamburg", "Hamburg", "planned")),
            List.of(new Sample("2018-07", "month", "next month", "Putin of Russia next month in a one-on-one summit "
                    + "meeting", "Trump and Putin will hold a summit meeting", null, "planned")),
            List.of(new Sample("2018-07-16", "day", "Monday, July 16, 2018", "President Donald Trump, left and "
                    + "Russian President Vladimir Putin talk during their meeting in the Presidential Palace in "
                    + "Helsinki, Monday, July 16, 2018.", "Trump and Putin met in Helsinki", "Helsinki",
                    "occurred")));

    private SampleArticles() {
    }

    /** The five messages, in the file's order, each under a fresh article id. */
    public static List<ArticleEventsMessage> messages() {
        List<String> lines;
        try {
            lines = Files.readAllLines(SEEDS).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ArticleEventsMessage> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode seed = read(lines.get(i));
            String text = seed.path("text").asText();
            String id = Articles.freshId();
            List<EventMessage> events = EVENTS.get(i).stream().map(s -> event(s, text)).toList();
            out.add(new ArticleEventsMessage(SchemaVersion.CURRENT, id, "https://samples.example/" + id,
                    seed.path("title").asText(), seed.path("source").asText(), "en", seed.path("publishedAt").asText(),
                    seed.path("publishedAt").asText(), "given", "day", 1.0, List.of("feed date"),
                    "2026-11-23T09:00:00Z", Articles.ENGINE_VERSION, null, events, null));
        }
        return out;
    }

    private static EventMessage event(Sample s, String text) {
        int sentenceStart = text.indexOf(s.sentence());
        if (sentenceStart < 0) {
            throw new IllegalStateException("The sample's text no longer holds: " + s.sentence());
        }
        int dateStart = sentenceStart + s.sentence().indexOf(s.dateText());
        return new EventMessage(s.date(), s.granularity(), s.dateText(), dateStart, dateStart + s.dateText().length(),
                s.statement(), s.sentence(), sentenceStart, sentenceStart + s.sentence().length(),
                TRUMP_PUTIN, s.location(), s.status(), 0.8);
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

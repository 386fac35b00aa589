package news.timeline.timeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A journalist's timeline of a Timeline17 topic ({@code timeline-NAME.json}, a list of {@code {date, text}}) and the
 * task news-tls makes of it: the window from its first to its last date, l = its number of dates, k = its mean number
 * of sentences per date, rounded half to even as Python's {@code round} does.
 */
record ReferenceTimeline(TimelineScore.Timeline timeline, int sentencesPerDate) {

    /** The corpus is tokenized: a sentence ends with a full stop, question or exclamation mark standing alone. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=(^|\\s)[.!?])\\s+");

    static ReferenceTimeline read(Path file) throws IOException {
        Map<LocalDate, List<String>> sentences = new TreeMap<>();
        for (JsonNode item : new ObjectMapper().readTree(file.toFile())) {
            LocalDate day = LocalDate.parse(item.get("date").asText().substring(0, 10));
            for (String sentence : SENTENCE_END.split(item.get("text").asText().strip())) {
                if (!sentence.isBlank()) {
                    sentences.computeIfAbsent(day, d -> new ArrayList<>()).add(sentence.strip());
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no dated text in " + file);
        }
        TreeMap<LocalDate, String> days = new TreeMap<>();
        sentences.forEach((day, s) -> days.put(day, String.join(" ", s)));
        double mean = sentences.values().stream().mapToInt(List::size).average().orElse(1);
        return new ReferenceTimeline(new TimelineScore.Timeline(days, List.of()), (int) Math.rint(mean));
    }

    LocalDate first() {
        return timeline.days().firstKey();
    }

    LocalDate last() {
        return timeline.days().lastKey();
    }

    int dates() {
        return timeline.days().size();
    }
}

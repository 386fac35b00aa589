package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.timeline.contract.EventStatus;
import news.timeline.extract.temporal.TemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each plain example of {@code event/status-examples.tsv} (a sentence, the words of the date its event is
 * dated by, and the status that event must get), and checks that every status cue list has an example.
 */
class StatusExamplesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(TemporalTagger.load());
    private static final LocalDate DCT = LocalDate.of(2019, 5, 15);

    record Example(String text, String date, EventStatus status, String cues) {

        @Override
        public String toString() {
            return text;
        }
    }

    static List<Example> examples() throws IOException {
        try (InputStream in = StatusExamplesTest.class.getResourceAsStream("/event/status-examples.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Example(f[0], f[1], EventStatus.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3]))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        List<ExtractedEvent> events = EXTRACTOR.extract(new ArticleText(null, example.text(), DCT)).events();
        assertThat(events).extracting(ExtractedEvent::dateText).contains(example.date());
        ExtractedEvent event = events.stream().filter(e -> e.dateText().equals(example.date())).findFirst()
                .orElseThrow();
        assertThat(event.status()).as(event.toString()).isEqualTo(example.status());
    }

    @Test
    void everyStatusCueListHasAnExample() throws IOException {
        Set<String> shown = examples().stream().map(Example::cues).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/event"))) {
            List<String> cueLists = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("status-")).toList();
            assertThat(cueLists).hasSize(5).allMatch(shown::contains, "cue list with an example");
        }
    }
}

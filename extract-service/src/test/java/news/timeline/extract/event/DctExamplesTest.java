package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.timeline.extract.temporal.TemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each plain example of {@code event/dct-examples.tsv} (a text read without its date, the publication date the
 * bounds of its words allow, and the evidence that must be given), and checks that every cue list of the publication
 * date has an example.
 */
class DctExamplesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(TemporalTagger.load());

    record Example(String text, String value, String granularity, String evidence, String cues) {

        @Override
        public String toString() {
            return text;
        }
    }

    static List<Example> examples() throws IOException {
        try (InputStream in = DctExamplesTest.class.getResourceAsStream("/event/dct-examples.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Example(f[0], f[1], f[2], f[3], f[4]))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        PublicationDate dct = EXTRACTOR.extract(new ArticleText(null, example.text(), null)).dct();
        if ("unknown".equals(example.value())) {
            assertThat(dct.source()).as(dct.toString()).isEqualTo(DctSource.UNKNOWN);
            assertThat(dct.value()).isNull();
        } else {
            assertThat(dct.source()).as(dct.toString()).isEqualTo(DctSource.INFERRED);
            assertThat(dct.value()).as(dct.toString()).isEqualTo(example.value());
            assertThat(dct.granularity()).isEqualTo(example.granularity());
            assertThat(dct.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(String.join("\n", dct.evidence())).contains(example.evidence());
    }

    @Test
    void everyCueListOfThePublicationDateHasAnExample() throws IOException {
        Set<String> shown = examples().stream().map(Example::cues).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/event"))) {
            List<String> cueLists = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("dct-") && !name.equals("dct-relative.txt")).toList();
            assertThat(cueLists).isNotEmpty().allMatch(shown::contains, "cue list with an example");
        }
        assertThat(shown).contains("ahead-cues.txt");
        assertThat(Arrays.asList("dct-own-years")).allMatch(shown::contains);
    }
}

package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String ARTICLE = """
            Port Strike Ends After Two Weeks

            Dock workers in Rotterdam ended their strike on Monday, March 4, 2019, after the union accepted a new offer.
            The union will vote on the final contract next week, its leader said on Tuesday.

            Share this story
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private Run run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void givenDateGivesAnArticleLineThenEventLines() throws IOException {
        Path file = Files.writeString(dir.resolve("strike.txt"), ARTICLE);
        Run run = run("--dct", "2019-03-06", file.toString());
        assertThat(run.code()).isZero();
        JsonNode article = run.lines().get(0);
        assertThat(article.get("type").asText()).isEqualTo("article");
        assertThat(article.get("file").asText()).isEqualTo(file.toString());
        assertThat(article.get("title").asText()).isEqualTo("Port Strike Ends After Two Weeks");
        assertThat(article.get("dct").asText()).isEqualTo("2019-03-06");
        assertThat(article.get("dctSource").asText()).isEqualTo("given");
        assertThat(article.get("dctGranularity").asText()).isEqualTo("day");
        List<JsonNode> events = run.lines().subList(1, run.lines().size());
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("event");
            assertThat(e.get("status").asText()).isIn("occurred", "planned", "possible", "negated");
            assertThat(ARTICLE.substring(e.get("dateStart").asInt(), e.get("dateEnd").asInt()))
                    .isEqualTo(e.get("dateText").asText());
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("date").asText()).isEqualTo("2019-03-04");
            assertThat(e.get("location").asText()).isEqualTo("Rotterdam");
            assertThat(e.get("status").asText()).isEqualTo("occurred");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.get("status").asText()).isEqualTo("planned"));
    }

    @Test
    void withoutADateTheArticleLineCarriesTheInferredDateAndItsEvidence() throws IOException {
        Path file = Files.writeString(dir.resolve("strike.txt"), ARTICLE);
        JsonNode article = run(file.toString()).lines().get(0);
        assertThat(article.get("dctSource").asText()).isEqualTo("inferred");
        assertThat(article.get("dct").asText()).startsWith("2019-03");
        assertThat(article.get("evidence").size()).isPositive();
    }

    @Test
    void badArgumentsAndUnreadableFilesAreReported() throws IOException {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("--dct", "yesterday", "x.txt").code()).isEqualTo(2);
        Run missing = run(dir.resolve("absent.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("absent.txt");
    }
}

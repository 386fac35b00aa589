package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusEvalCommandTest {

    private static final String TEXT = "The ministers signed the accord on Monday. The talks could resume on Friday.";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(StatusEvalCommand::run, args);
    }

    private Path corpus() throws IOException {
        Path topic = Files.createDirectories(dir.resolve("corpus/talks"));
        Files.writeString(topic.resolve("articles.jsonl"), new ObjectMapper().writeValueAsString(
                Map.of("id", "7", "publishedAt", "2019-05-15", "text", TEXT)) + "\n");
        return dir.resolve("corpus");
    }

    private Path labels(String... rows) throws IOException {
        return Files.writeString(dir.resolve("labels.tsv"), "# topic article offset words half status\n"
                + String.join("\n", rows) + "\n");
    }

    @Test
    void confusionMatricesPerHalfCountRightWrongAndMissingStatements() throws IOException {
        int monday = TEXT.indexOf("Monday");
        int friday = TEXT.indexOf("Friday");
        Path labels = labels("talks\t7\t" + monday + "\tMonday\tdev\toccurred",
                "talks\t7\t" + friday + "\tFriday\theldout\tplanned",
                "talks\t7\t" + TEXT.indexOf("accord") + "\taccord\theldout\tnegated");
        CommandRun run = run("--wrong", labels.toString(), corpus().toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("dev: 1 statements, accuracy 1.000 (1 right)")
                .contains("heldout: 2 statements, accuracy 0.000 (0 right)")
                .contains("all: 3 statements, accuracy 0.333 (1 right)")
                .contains("talks 7 @" + friday + " Friday [heldout]").contains("planned got possible")
                .contains("negated got no event");
        assertThat(run.out().lines().filter(line -> line.startsWith("possible")).findFirst().orElseThrow())
                .matches("possible\\s+0\\s+0\\s+0\\s+0\\s+0");
        // Columns in EventStatus order (negated, possible, planned, occurred), then "no event".
        assertThat(run.out().lines().filter(line -> line.startsWith("planned")).toList())
                .anySatisfy(line -> assertThat(line).matches("planned\\s+0\\s+1\\s+0\\s+0\\s+0"));
    }

    @Test
    void refusesBadArgumentsAndLabelsThatDoNotMatchTheText() throws IOException {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("--list", "a", "b").code()).isEqualTo(2);
        CommandRun wrongOffset = run(labels("talks\t7\t3\tMonday\tdev\toccurred").toString(), corpus().toString());
        assertThat(wrongOffset.code()).isEqualTo(1);
        assertThat(wrongOffset.err()).contains("does not hold \"Monday\" at 3");
        CommandRun badStatus = run(labels("talks\t7\t3\tMonday\tdev\tmaybe").toString(), corpus().toString());
        assertThat(badStatus.code()).isEqualTo(1);
    }
}

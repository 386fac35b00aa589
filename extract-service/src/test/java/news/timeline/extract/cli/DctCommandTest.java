package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DctCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(DctCommand::run, args);
    }

    private void topic(String name, Map<String, String> textByDate) throws IOException {
        Path topic = Files.createDirectories(dir.resolve(name));
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        int id = 0;
        for (Map.Entry<String, String> article : textByDate.entrySet()) {
            lines.append(json.writeValueAsString(Map.of("id", String.valueOf(id++), "publishedAt", article.getKey(),
                    "text", article.getValue()))).append('\n');
        }
        Files.writeString(topic.resolve("articles.jsonl"), lines);
    }

    @Test
    void countsRightWrongAndUnknownAnswersPerTopicAndInAll() throws IOException {
        topic("talks", Map.of(
                "2020-05-04", "The upcoming 2020 election worries officials. The 2020 primaries were chaotic.",
                "2019-05-04", "Ministers agreed on next year's 2021 Olympics budget.",
                "2016-05-04", "The 2016 vote was chaotic."));
        CommandRun run = run("--wrong", dir.toString());
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("unknown").contains("year ok/wrong");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("talks").contains(" 3 ").contains(" 1 ")
                .contains("1/1"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("talks \\d: 2020 instead of 2019-05-04 \\[.*says which year.*"));
        assertThat(run.out()).contains("3 articles: unknown 1 (33.3%); year right 1 (33.3%), wrong 1 (33.3%)");
    }

    @Test
    void refusesMissingTopicsAndBadArguments() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("--list", dir.toString()).code()).isEqualTo(2);
        CommandRun empty = run(dir.toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("no TOPIC/articles.jsonl");
    }
}

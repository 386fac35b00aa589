package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private void article(String text) throws IOException {
        Path topic = Files.createDirectories(dir.resolve("spill"));
        Files.writeString(topic.resolve("articles.jsonl"), new ObjectMapper().writeValueAsString(
                Map.of("id", "7", "publishedAt", "2010-06-01", "text", text)) + "\n");
    }

    @Test
    void countsAndListsWhatLooksWrongWithItsSentence() throws IOException {
        article("The well was capped on Friday . The leak began 800 years ago . "
                + "Officials said 2000 workers came . Talks resumed in March . Jane Rowe won a seat at the June European elections .");
        CommandRun run = CommandRun.of(AuditCommand::run, "--list", dir.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("1 articles, ").containsPattern("QUANTITY +1 ").containsPattern("NAME +1 ")
                .containsPattern("FAR +1 ").containsPattern("suspicious +3");
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("spill/7 2010-06-01  [2000] DATE 2000").contains("said [2000] workers came"));
        assertThat(run.out()).doesNotContain("[Friday]").doesNotContain("[March]");
    }

    @Test
    void refusesBadArgumentsAndMissingTopics() {
        assertThat(CommandRun.of(AuditCommand::run).code()).isEqualTo(2);
        assertThat(CommandRun.of(AuditCommand::run, "--all", dir.toString()).code()).isEqualTo(2);
        assertThat(CommandRun.of(AuditCommand::run, dir.toString()).code()).isEqualTo(1);
    }
}

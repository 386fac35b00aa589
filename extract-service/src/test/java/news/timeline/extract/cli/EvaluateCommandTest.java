package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2010-03-05" functionInDocument="CREATION_TIME">2010-03-05</TIMEX3></DCT>
            <TEXT>
            The board met on <TIMEX3 tid="t1" type="DATE" value="%s">Monday</TIMEX3> and will meet again \
            <TIMEX3 tid="t2" type="DATE" value="2010-04">next month</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void sideBySideGivesEachSetItsOwnColumn(@TempDir Path dir) throws IOException {
        Path right = gold(dir.resolve("right"), "2010-03-01");
        Path wrong = gold(dir.resolve("wrong"), "2010-03-08");

        CommandRun run = CommandRun.of(EvaluateCommand::run, "--side-by-side", "news=" + right, "other=" + wrong);

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).first().asString().matches("F1\\s+news\\s+other");
        assertThat(run.out()).containsPattern("(?m)^strict\\s+100\\.00\\s+100\\.00$")
                .containsPattern("(?m)^value\\s+100\\.00\\s+50\\.00$")
                .containsPattern("(?m)^gold\\s+2\\s+2$");
    }

    @Test
    void aSetWithoutItsDirectoryIsRefused(@TempDir Path dir) {
        CommandRun run = CommandRun.of(EvaluateCommand::run, "--side-by-side", "news=" + dir.resolve("absent"));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no gold directory").contains("news");
    }

    @Test
    void oneGoldDirectoryListsItsErrors(@TempDir Path dir) throws IOException {
        CommandRun run = CommandRun.of(EvaluateCommand::run, gold(dir.resolve("wrong"), "2010-03-08").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("value: 1").contains("\"Monday\" DATE 2010-03-08");
    }

    private static Path gold(Path dir, String mondayValue) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("board.tml"), DOCUMENT.formatted(mondayValue), StandardCharsets.UTF_8);
        return dir;
    }
}

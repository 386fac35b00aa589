package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(BenchmarkCommand::run, args);
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        for (String flag : new String[] {"--help", "-h"}) {
            CommandRun help = run(flag);
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("usage: BenchmarkCommand [TBAQ_DIR]");
            assertThat(help.err()).isEmpty();
        }
    }

    @Test
    void aMissingDirectoryIsOneLineOfErrorNotATrace() {
        CommandRun missing = run(dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().toList()).containsExactly("no such directory: " + dir.resolve("nowhere"));
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void refusesUnknownFlagsExtraArgumentsAndFoldersWithoutTimeMl() {
        assertThat(run("--fast").code()).isEqualTo(2);
        assertThat(run(dir.toString(), dir.toString()).code()).isEqualTo(2);
        CommandRun empty = run(dir.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("no TimeML files under");
    }
}

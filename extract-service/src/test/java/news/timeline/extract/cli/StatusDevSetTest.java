package news.timeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores event statuses on the hand-labelled Timeline17 statements (event/status-timeline17.tsv: references to the
 * corpus, which is read from the system property shared.data.dir, default ../../shared/data, and the test skipped
 * when it is not there). Both halves must stay at or above the floor: the dev half, tuned on, and the held-out half.
 */
class StatusDevSetTest {

    private static final double DEV_FLOOR = 0.92;
    private static final double HELD_OUT_FLOOR = 0.87;

    @Test
    void statusesOfBothHalvesStayAboveTheFloor() throws IOException {
        Path corpus = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "timeline17");
        assumeTrue(Files.isDirectory(corpus), "Timeline17 corpus not found at " + corpus.toAbsolutePath()
                + " (set -Dshared.data.dir): skipping the status dev set");
        List<StatusEvalCommand.Label> labels;
        try (InputStream in = getClass().getResourceAsStream("/event/status-timeline17.tsv")) {
            labels = StatusEvalCommand.parseLabels(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        assertThat(labels).hasSizeGreaterThanOrEqualTo(200);
        Map<String, StatusConfusion> halves = StatusEvalCommand.tally(new StatusEvalCommand().score(labels, corpus));
        assertThat(halves.get("dev").total()).isGreaterThan(100);
        assertThat(halves.get("heldout").total()).isGreaterThan(100);
        assertThat(halves.get("dev").accuracy()).as(halves.get("dev").table()).isGreaterThanOrEqualTo(DEV_FLOOR);
        assertThat(halves.get("heldout").accuracy()).as(halves.get("heldout").table())
                .isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    }
}

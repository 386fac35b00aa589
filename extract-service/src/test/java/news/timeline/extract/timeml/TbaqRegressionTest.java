package news.timeline.extract.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.timeline.extract.cli.TimeMlCommand;
import news.timeline.extract.temporal.TemporalTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's TempEval-3 Task A scores on TBAQ must not fall below the level reached. Skipped when the corpus
 * (read from the system property shared.data.dir, default ../../shared/data) is not there.
 */
class TbaqRegressionTest {
    private static Path tbaq;

    @BeforeAll
    static void locateCorpus() {
        tbaq = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "tempeval3", "tbaq");
        assumeTrue(Files.isDirectory(tbaq), "TBAQ corpus not found at " + tbaq.toAbsolutePath()
                + " (set -Dshared.data.dir): skipping the TBAQ regression test");
    }

    @Test
    void taggerKeepsItsScores() {
        TimexScore score = TimexEvaluation.ofTagger(tbaq, TemporalTagger.load());
        System.out.print(score.table());
        assertThat(score.goldCount()).isEqualTo(1822);
        assertThat(score.strictF1()).isGreaterThanOrEqualTo(0.88);
        assertThat(score.relaxedF1()).isGreaterThanOrEqualTo(0.94);
        assertThat(score.valueF1()).isGreaterThanOrEqualTo(0.82);
        assertThat(score.typeF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void timeMlCommandOutputScoresTheSameAndKeepsTheText(@TempDir Path out) throws IOException {
        TimeMlCommand.main(new String[] {tbaq.toString(), out.toString()});
        for (Path gold : TimeMlCorpus.files(tbaq)) {
            Path system = out.resolve(tbaq.relativize(gold).toString());
            assertThat(rawText(Files.readString(system, StandardCharsets.UTF_8)))
                    .as(system.toString()).isEqualTo(rawText(Files.readString(gold, StandardCharsets.UTF_8)));
        }
        TimexScore fromFiles = TimexEvaluation.ofFiles(tbaq, out);
        TimexScore direct = TimexEvaluation.ofTagger(tbaq, TemporalTagger.load());
        assertThat(fromFiles.table()).isEqualTo(direct.table());
    }

    /** The TEXT content byte for byte, every tag removed. */
    private static String rawText(String xml) {
        return xml.substring(xml.indexOf("<TEXT>") + 6, xml.lastIndexOf("</TEXT>")).replaceAll("<[^>]*>", "");
    }
}

package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference workload: a real scan of the corpus's text, timed. */
class MachineSpeedTest {

    @Test
    void countsWordsAsTheEngineBenchmarksBaselineDoes() {
        assertThat(MachineSpeed.words("Putin met Trump in Helsinki on July 16, 2018.")).isEqualTo(9);
        assertThat(MachineSpeed.words(" , . ")).isZero();
    }

    @Test
    void referenceTextIsAboutAMegabyteOfTheCorpusRepeatedWhenSmall() {
        Corpus samples = Corpus.read(ArticleGeneratorTest.SAMPLES);
        String text = MachineSpeed.referenceText(samples);
        String firstSentence = samples.topics().get(0).get(0).sentences().get(0);
        assertThat(text.length()).isBetween(1 << 20, (1 << 20) + firstSentence.length() + 4096);
        assertThat(text).startsWith(firstSentence);
        // the five samples are far smaller than a megabyte, so their first sentence comes back
        assertThat(text.indexOf(firstSentence, 1)).isPositive();
    }

    @Test
    void measuresAPositiveSpeedOverTheWholeText() {
        String text = "word ".repeat(10_000);
        MachineSpeed.Reading reading = MachineSpeed.measure(text, 3);
        assertThat(reading.chars()).isEqualTo(50_000);
        assertThat(reading.passes()).isEqualTo(3);
        assertThat(reading.megaCharsPerSecond()).isPositive().isFinite();
    }
}

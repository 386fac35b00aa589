package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void titlesAndInitialsDoNotEndSentences() {
        assertThat(split("Mr. Lee met Gen. Ray and Anna B. Holt in St. Louis. They talked."))
                .containsExactly("Mr. Lee met Gen. Ray and Anna B. Holt in St. Louis.", "They talked.");
    }

    @Test
    void dottedAbbreviationEndsASentenceOnlyBeforeAUsualOpener() {
        assertThat(split("The firm moved to the U.S. Senate hearing. It ended in the U.S. The board left."))
                .containsExactly("The firm moved to the U.S. Senate hearing.", "It ended in the U.S.",
                        "The board left.");
    }

    @Test
    void monthAbbreviationKeepsTheDateTogether() {
        assertThat(split("The vote is set for Jan. 5 in the capital. Critics object."))
                .containsExactly("The vote is set for Jan. 5 in the capital.", "Critics object.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("“We are ready,” she said. “It’s late.” He nodded."))
                .containsExactly("“We are ready,” she said.", "“It’s late.”", "He nodded.");
    }

    @Test
    void lineBreaksEndSentencesAndOffsetsPointIntoTheText() {
        String text = "Breaking headline without a period\n\nA body sentence here. Another one";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Breaking headline without a period", "A body sentence here.", "Another one");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}

package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.temporal.TimexType;
import org.junit.jupiter.api.Test;

class DateOffsetsTest {

    private static final String TEXT = "On May 2 the talks resumed, and on Tuesday they ended.";

    @Test
    void anOffsetIsInADateFromItsFirstCharacterToJustBeforeItsEnd() {
        Timex may = date("May 2");
        DateOffsets offsets = new DateOffsets(List.of(may, date("Tuesday")));

        assertThat(offsets.test(may.start())).isTrue();
        assertThat(offsets.test(may.end() - 1)).isTrue();
        assertThat(offsets.test(may.end())).isFalse();
        assertThat(offsets.test(may.start() - 1)).isFalse();
        assertThat(offsets.test(TEXT.indexOf("Tuesday") + 3)).isTrue();
        assertThat(offsets.test(TEXT.indexOf("talks"))).isFalse();
    }

    @Test
    void offsetsOutsideTheTextAndArticlesWithoutDatesHoldNoDate() {
        DateOffsets offsets = new DateOffsets(List.of(date("Tuesday")));

        assertThat(offsets.test(-1)).isFalse();
        assertThat(offsets.test(TEXT.length() + 10)).isFalse();
        assertThat(IntStream.range(0, TEXT.length()).anyMatch(new DateOffsets(List.of()))).isFalse();
    }

    private static Timex date(String words) {
        int start = TEXT.indexOf(words);
        return new Timex(start, start + words.length(), words, TimexType.DATE, "XXXX", null, true, null, null);
    }
}

package news.timeline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class GuardedPatternTest {

    private static final String TEXT = "Yesterday the board met; TODAY it votes. \"Last week\" was calm, and last  year"
            + " too — this week’s 3 days left until the vote, 12 weeks until Christmas. Überall: last-week ähnlich.";

    @Test
    void aPhraseAlternationIsGuardedByTheLettersItsPhrasesStartWith() {
        Pattern guarded = GuardedPattern.compile("(?i)\\b(?:yesterday|today|last\\s+(?:week|year))\\b");

        assertThat(guarded.pattern()).startsWith("(?=[");
        assertThat(guarded.matcher("x").lookingAt()).isFalse();
        assertThat(matches(guarded)).containsExactlyElementsOf(
                matches(Pattern.compile("(?i)\\b(?:yesterday|today|last\\s+(?:week|year))\\b")));
        assertThat(matches(guarded)).containsExactly("Yesterday", "TODAY", "Last week", "last  year");
    }

    @Test
    void groupsKeepTheirNumbersAndNames() {
        String regex = "(?i)\\b(?:(\\d{1,2}|three)\\s+)?(?<unit>days?|weeks?)\\s+(left|until)";
        Matcher plain = Pattern.compile(regex).matcher(TEXT);
        Matcher guarded = GuardedPattern.compile(regex).matcher(TEXT);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        while (plain.find()) {
            expected.add(plain.group(1) + "/" + plain.group("unit") + "/" + plain.group(3) + "@" + plain.start());
        }
        while (guarded.find()) {
            actual.add(guarded.group(1) + "/" + guarded.group("unit") + "/" + guarded.group(3) + "@" + guarded.start());
        }
        assertThat(actual).hasSize(2).containsExactlyElementsOf(expected);
    }

    @Test
    void aPatternThatMayStartAnywhereOrMatchNothingIsLeftAsItIs() {
        assertThat(GuardedPattern.compile("\\p{L}+ly\\b").pattern()).isEqualTo("\\p{L}+ly\\b");
        assertThat(GuardedPattern.compile("x*").pattern()).isEqualTo("x*");
    }

    private static List<String> matches(Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(TEXT);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

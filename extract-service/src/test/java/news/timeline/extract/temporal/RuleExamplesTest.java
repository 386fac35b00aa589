package news.timeline.extract.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of the rules file as a test, and checks that no rule goes without one. */
class RuleExamplesTest {
    private static final TemporalTagger TAGGER = TemporalTagger.load();
    private static final RuleBook BOOK = RuleBook.load();

    static Stream<RuleExample> examples() {
        return BOOK.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(RuleExample example) {
        List<Timex> found = TAGGER.tag(example.plainText(), example.dct());
        if (example.type() == null) {
            assertThat(found).noneMatch(t -> t.start() < example.expectedEnd() && t.end() > example.expectedStart());
            return;
        }
        assertThat(found)
                .as("expressions of %s", example.text())
                .anySatisfy(t -> {
                    assertThat(t.start()).isEqualTo(example.expectedStart());
                    assertThat(t.end()).isEqualTo(example.expectedEnd());
                    assertThat(t.type()).isEqualTo(example.type());
                    assertThat(t.value()).isEqualTo(example.value());
                    assertThat(t.mod()).isEqualTo(example.mod());
                });
    }

    @Test
    void everyRuleHasAnExample() {
        Set<String> covered = BOOK.examples().stream().map(RuleExample::ruleId).collect(Collectors.toSet());
        assertThat(BOOK.ruleIds()).allMatch(covered::contains, "rule with an example");
        assertThat(BOOK.ruleIds()).doesNotHaveDuplicates();
    }

    @Test
    void aRuleGivingAFunctionAnArgumentItDoesNotReadIsRefused() {
        List<String> misspelt = List.of("rule next_month", "  match next month", "  value DATE rel(n=1, unit=M, dri=1)");
        List<String> unknown = List.of("rule next_month", "  match next month", "  value DATE relative(n=1, unit=M)");

        assertThatThrownBy(() -> RuleBook.parse(misspelt, false)).hasMessageContaining("rel takes no argument dri");
        assertThatThrownBy(() -> RuleBook.parse(unknown, false)).hasMessageContaining("unknown function relative");
        assertThat(RuleBook.parse(List.of("rule next_month", "  match next month", "  value DATE rel(n=1, unit=M)"),
                false).ruleIds()).containsExactly("next_month");
    }
}

package news.timeline.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.timeline.timeline.text.ContentWords;

class WordSetTest {

    @Test
    void diceCountsTheWordsBothShare() {
        WordSet a = WordSet.of(ContentWords.of("Trump and Putin met in Helsinki", null));
        WordSet b = WordSet.of(ContentWords.of("Putin and Trump held a summit in Helsinki", null));
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        assertThat(common).containsExactlyInAnyOrder("trump", "putin", "helsinki");
        assertThat(WordSet.dice(a, b)).isCloseTo(2.0 * 3 / (a.size() + b.size()), within(1e-12));
        assertThat(WordSet.dice(a, a)).isEqualTo(1.0);
        assertThat(WordSet.dice(a, WordSet.of(List.of()))).isZero();
        assertThat(WordSet.dice(a, WordSet.of(List.of("oil", "spill")))).isZero();
    }

    @Test
    void diceAgreesWithCountingMembersOnRandomSets() {
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            vocabulary.add("w" + Integer.toString(random.nextInt(1 << 20), 36));
        }
        for (int round = 0; round < 500; round++) {
            Set<String> x = sample(vocabulary, random);
            Set<String> y = sample(vocabulary, random);
            long common = x.stream().filter(y::contains).count();
            double expected = x.isEmpty() || y.isEmpty() ? 0 : 2.0 * common / (x.size() + y.size());
            assertThat(WordSet.dice(WordSet.of(x), WordSet.of(y))).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void isASetOfItsDistinctWordsInTheOrderFirstSeen() {
        WordSet set = WordSet.of(List.of("spill", "oil", "well", "oil"));
        assertThat(set).containsExactly("spill", "oil", "well");
        assertThat(set).isEqualTo(Set.of("oil", "well", "spill"));
        assertThat(set.contains("oil")).isTrue();
        assertThat(set.contains("gulf")).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(WordSet.of(set)).isSameAs(set);
    }

    @Test
    void reportsAlwaysCarryAWordSet() {
        MentionFeatures report = new MentionFeatures("a", "2010-04-20", java.time.LocalDate.of(2010, 4, 20),
                java.time.LocalDate.of(2010, 4, 20), List.of(), List.of(), new LinkedHashSet<>(List.of("rig", "blast")),
                null, news.timeline.contract.EventStatus.OCCURRED, false);
        assertThat(report.contentWords()).isInstanceOf(WordSet.class).containsExactly("rig", "blast");
        assertThat(report.wordDice(report.asSuperseded())).isEqualTo(1.0);
    }

    private static Set<String> sample(List<String> vocabulary, Random random) {
        Set<String> set = new LinkedHashSet<>();
        int n = random.nextInt(15);
        for (int i = 0; i < n; i++) {
            set.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return set;
    }
}

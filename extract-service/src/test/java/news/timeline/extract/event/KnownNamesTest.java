package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownNamesTest {

    private static ActorFinder.Name person(String text) {
        return new ActorFinder.Name(text, true, !text.contains(" "));
    }

    @Test
    void aNameTakesTheLongestPersonsNameEndingWithItsLastWord() {
        KnownNames known = new KnownNames(List.of(person("Putin"), person("Vladimir Putin"),
                person("Vladimir Vladimirovich Putin"), person("Donald Trump")));

        assertThat(known.longestForm("Putin")).isEqualTo("Vladimir Vladimirovich Putin");
        assertThat(known.longestForm("Trump")).isEqualTo("Donald Trump");
        assertThat(known.longestForm("Merkel")).isEqualTo("Merkel");
    }

    @Test
    void aNameOfSeveralWordsKeepsItsFirstWord() {
        KnownNames known = new KnownNames(List.of(person("Melania Trump"), person("Donald John Trump")));

        assertThat(known.longestForm("Donald Trump")).isEqualTo("Donald John Trump");
        assertThat(known.longestForm("Melania Trump")).isEqualTo("Melania Trump");
        assertThat(known.longestForm("Ivanka Trump")).isEqualTo("Ivanka Trump");
    }

    @Test
    void ofEquallyLongFormsTheFirstNamedWinsAndOnlyPersonsCount() {
        KnownNames known = new KnownNames(List.of(person("Mike Smith"), person("Anna Smith"),
                new ActorFinder.Name("Smith Barney Holdings Smith", false, false)));

        assertThat(known.longestForm("Smith")).isEqualTo("Mike Smith");
    }

    @Test
    void aPhraseIsPartOfAnActorWhenANameThatNeedsNoLongerFormHoldsIt() {
        KnownNames known = new KnownNames(List.of(person("Vladimir Putin"),
                new ActorFinder.Name("Kremlin", false, true, true)));

        assertThat(known.partOfAnActor("PUTIN")).isTrue();
        assertThat(known.partOfAnActor("Vladimir Putin")).isTrue();
        assertThat(known.partOfAnActor("Kremlin")).isFalse();
        assertThat(known.partOfAnActor("Moscow")).isFalse();
        assertThat(known.partOfAnActor("Putin Kremlin")).isFalse();
    }
}

package news.timeline.timeline.salience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

class SalienceCentralityTest {

    private static final String HEADLINE = "Mayor Ruiz to Open New Bridge Over River Tam Next Month";

    private static Mention report(String sentence, int sentenceStart, List<String> actors) {
        Article article = new Article();
        article.title = HEADLINE;
        Mention mention = new Mention();
        mention.article = article;
        mention.sentence = sentence;
        mention.sentenceStart = sentenceStart;
        mention.actors = actors;
        return mention;
    }

    private static TimelineEntry entry(List<String> actors) {
        TimelineEntry entry = new TimelineEntry();
        entry.actors = actors;
        return entry;
    }

    @Test
    void aSentenceThatRetellsTheHeadlineIsCentralWithoutNamingItsActors() {
        List<String> actors = List.of("City Council");
        Mention retold = report("The council said the new bridge over the river will open on June 3.", 0, actors);
        Mention aside = report("The council also approved a budget for parks on June 3.", 0, actors);
        assertThat(SalienceScorer.centrality(entry(actors), retold, null)).isEqualTo(1.0);
        assertThat(SalienceScorer.centrality(entry(actors), aside, null)).isEqualTo(0.5);
    }

    @Test
    void aHeadlineNamingTheActorCountsAndLaterSentencesCountLess() {
        List<String> actors = List.of("Mayor Ana Ruiz");
        Mention lead = report("Ruiz spoke on Monday.", 0, actors);
        Mention late = report("Ruiz spoke on Monday.", 3000, actors);
        assertThat(SalienceScorer.centrality(entry(actors), lead, null)).isEqualTo(1.0);
        assertThat(SalienceScorer.centrality(entry(actors), late, null)).isLessThan(0.7).isGreaterThan(0.5);
    }
}

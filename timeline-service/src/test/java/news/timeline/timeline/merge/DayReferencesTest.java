package news.timeline.timeline.merge;

import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.timeline.support.Articles;

/** The per-day reference counts are kept by the merge, in its transaction, as articles arrive and change. */
@QuarkusTest
class DayReferencesTest {

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    EntityManager em;

    /** referring articles, later distance, published articles of the day; zeros when it has no row. */
    private double[] counts(String day) {
        List<?> rows = em.createNativeQuery("select referring_articles, later_distance, published_articles"
                + " from day_reference where day = cast(?1 as date)").setParameter(1, day).getResultList();
        if (rows.isEmpty()) {
            return new double[3];
        }
        Object[] row = (Object[]) rows.get(0);
        return new double[] { ((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue(),
                ((Number) row[2]).doubleValue() };
    }

    @Test
    void eachArticleCountsOnceForEveryDayItNamesAndForTheDayItWasPublished() {
        int year = Articles.freshYear();
        String day = year + "-03-10";
        // Two events on the day count one article; the month names no day.
        ingestion.ingest(published(day, Articles.freshId(), "Outlet 1", "Flood",
                event(day, "The river flooded the town", List.of("Serra"), null, "occurred"),
                event(day, "Schools closed in the town", List.of("Serra"), null, "occurred"),
                event(year + "-04", "Repairs will begin", List.of("Serra"), null, "planned")));
        // Ten days later, in a batch with an article of the same day.
        ingestion.ingestAll(List.of(
                published(year + "-03-20", Articles.freshId(), "Outlet 2", "Flood aftermath",
                        event(day, "The river flooded the town ten days ago", List.of("Serra"), null, "occurred")),
                published(day, Articles.freshId(), "Outlet 3", "Other news",
                        event(year + "-03-09", "A bridge opened", List.of("Tavor"), null, "occurred"))));

        assertThat(counts(day)).containsExactly(new double[] { 2, Math.log1p(10), 2 }, within(1e-9));
        assertThat(counts(year + "-03-09")).containsExactly(new double[] { 1, Math.log1p(1), 0 }, within(1e-9));
        assertThat(counts(year + "-03-20")).containsExactly(new double[] { 0, 0, 1 }, within(1e-9));
        assertThat(counts(year + "-04-01")).containsExactly(new double[] { 0, 0, 0 }, within(1e-9));
    }

    @Test
    void anArticleStoredAgainReplacesWhatItsEarlierVersionCountedAndARedeliveryCountsNothing() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        ArticleEventsMessage first = published(year + "-06-30", id, "Outlet 1", "Vote",
                event(year + "-06-01", "The council voted on the dam", List.of("Serra"), null, "occurred"));
        ingestion.ingest(first);
        ingestion.ingest(first);
        assertThat(counts(year + "-06-01")).containsExactly(new double[] { 1, Math.log1p(29), 0 }, within(1e-9));
        assertThat(counts(year + "-06-30")).containsExactly(new double[] { 0, 0, 1 }, within(1e-9));

        ingestion.ingest(published(year + "-07-01", id, "Outlet 1", "Vote, corrected",
                event(year + "-06-02", "The council voted on the dam", List.of("Serra"), null, "occurred")));
        assertThat(counts(year + "-06-01")).containsExactly(new double[] { 0, 0, 0 }, within(1e-9));
        assertThat(counts(year + "-06-02")).containsExactly(new double[] { 1, Math.log1p(29), 0 }, within(1e-9));
        assertThat(counts(year + "-06-30")).containsExactly(new double[] { 0, 0, 0 }, within(1e-9));
        assertThat(counts(year + "-07-01")).containsExactly(new double[] { 0, 0, 1 }, within(1e-9));
    }
}

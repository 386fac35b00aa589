package news.timeline.timeline.merge;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.timeline.support.Articles;

/**
 * Searches rank matches by the salience kept beside an entry's words: it must follow the entry's own as reports
 * arrive, also past the reports whose words are indexed, or a search would rank a busy event by how it stood long
 * ago.
 */
@QuarkusTest
class SearchSalienceTest {

    /** Past the reports whose words an entry's search row holds (ArticleIngestionService.SEARCHED_REPORTS). */
    private static final int BUSY_REPORTS = 70;

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    EntityManager em;

    @Test
    void theSalienceBesideTheWordsFollowsTheEntry() {
        int year = Articles.freshYear();
        String word = "Vorlund" + year;
        ingestion.ingest(article(Articles.freshId(), "Outlet Q", "Ferry",
                event(year + "-02-03", "The " + word + " ferry was delayed", List.of("Ada Vorlund"), "Vorlund",
                        "occurred")));
        for (int sent = 0; sent < BUSY_REPORTS; sent += 10) {
            List<ArticleEventsMessage> batch = new ArrayList<>();
            for (int i = sent; i < sent + 10; i++) {
                batch.add(article(Articles.freshId(), "Outlet " + i, "Dam",
                        event(year + "-06-21", "Engineers opened the " + word + " dam after the floods",
                                List.of("Ada Vorlund"), "Vorlund", "occurred")));
            }
            ingestion.ingestAll(batch);
        }

        JsonPath events = given().queryParam("q", word).get("/api/events").then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("items.date", String.class)).containsExactly(year + "-02-03", year + "-06-21");
        assertThat(events.getInt("items[1].mentionCount")).isEqualTo(BUSY_REPORTS);
        List<Long> ids = events.getList("items.id", Long.class);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select e.id, e.salience, s.salience from timeline_entry e join entry_search s on s.entry_id = e.id"
                        + " where e.id in (?1, ?2) order by e.date_start", Object[].class)
                .setParameter(1, ids.get(0)).setParameter(2, ids.get(1)).getResultList());
        assertThat(rows).hasSize(2);
        for (Object[] row : rows) {
            assertThat(((Number) row[2]).doubleValue()).as("entry %s", row[0]).isEqualTo(((Number) row[1]).doubleValue());
        }
        assertThat(((Number) rows.get(1)[2]).doubleValue()).isGreaterThan(((Number) rows.get(0)[2]).doubleValue());

        // What reads the ranking: both days are in the story of the word, in the histogram and the timeline.
        assertThat(given().queryParam("q", word).get("/api/histogram").then().statusCode(200).extract().jsonPath()
                .getInt("entries")).isEqualTo(2);
        assertThat(given().queryParam("q", word).get("/api/timeline").then().statusCode(200).extract().jsonPath()
                .getList("items.date", String.class)).containsExactlyInAnyOrder(year + "-02-03", year + "-06-21");
    }
}

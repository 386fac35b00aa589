package news.timeline.timeline.merge;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.support.Articles;

/**
 * One event reported by thousands of articles (a wire story every outlet runs): every report merges into one entry,
 * no report reads the reports before it (the work per report stays bounded as the entry grows), and the API serves
 * the entry bounded, with all of its reports a page at a time.
 */
@QuarkusTest
class HotEventTest {

    private static final int ARTICLES = 2_000;
    private static final int BATCH = 100;
    private static final String[] WORDINGS = {
            "The Serra council approved the river dam plan",
            "Serra's council approved the plan for a dam on the river",
            "Council members in Serra approved the river dam plan" };

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    EntityManager em;

    @Test
    void thousandsOfReportsOfOneEventMakeOneEntryAtBoundedCostPerReport() {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        int year = Articles.freshYear();
        Set<String> ids = new HashSet<>();
        long maxEntriesLoaded = 0;
        for (int start = 0; start < ARTICLES; start += BATCH) {
            List<ArticleEventsMessage> batch = new ArrayList<>();
            for (int i = start; i < start + BATCH; i++) {
                String id = Articles.freshId();
                ids.add(id);
                batch.add(article(id, "Outlet " + i, "Dam approved", event(year + "-05-07",
                        WORDINGS[i % WORDINGS.length], List.of("Ana Valto"), "Serra", "occurred")));
            }
            long mentionsBefore = loads(stats, Mention.class);
            long entriesBefore = loads(stats, TimelineEntry.class);
            ingestion.ingestAll(batch);
            assertThat(loads(stats, Mention.class) - mentionsBefore)
                    .as("reports read while storing articles %d..%d", start, start + BATCH).isZero();
            maxEntriesLoaded = Math.max(maxEntriesLoaded, loads(stats, TimelineEntry.class) - entriesBefore);
        }
        // Each report reads at most its candidates, however many reports the entry already has.
        assertThat(maxEntriesLoaded).as("statistics are counting").isPositive()
                .isLessThanOrEqualTo((long) BATCH * 33);

        JsonPath events = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("items")).hasSize(1);
        long id = events.getLong("items[0].id");
        assertThat(events.getInt("items[0].mentionCount")).isEqualTo(ARTICLES);
        assertThat(events.getInt("items[0].sources")).isEqualTo(ARTICLES);

        String single = given().get("/api/events/" + id).then().statusCode(200).extract().asString();
        JsonPath event = JsonPath.from(single);
        assertThat(event.getList("mentions")).hasSize(20);
        assertThat(single.length()).as("bytes of one event with %d reports", ARTICLES).isLessThan(20_000);

        Set<String> paged = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            var request = given().queryParam("size", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/events/" + id + "/mentions").then().statusCode(200).extract().jsonPath();
            List<String> articles = page.getList("items.articleId");
            assertThat(articles).hasSizeLessThanOrEqualTo(500);
            articles.forEach(a -> assertThat(paged.add(a)).as("article %s listed twice", a).isTrue());
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(paged).isEqualTo(ids);
    }

    private static long loads(Statistics stats, Class<?> entity) {
        return stats.getEntityStatistics(entity.getName()).getLoadCount();
    }
}

package news.timeline.timeline.merge;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.support.Articles;

/**
 * An entry's source count counts each outlet once, whether its profile still lists the outlets (a few of them) or
 * has stopped listing them (many) and the store is asked: outlets report the event again and again, in several
 * batches, and the count stays the number of distinct outlets.
 */
@QuarkusTest
class OutletCountTest {

    private static final int ROUNDS = 3;

    @Inject
    ArticleIngestionService ingestion;

    @ParameterizedTest
    @ValueSource(ints = { 5, EntryProfile.MAX_OUTLETS + 8 })
    void everyOutletCountsOnceHoweverOftenItReports(int outlets) {
        int year = Articles.freshYear();
        for (int round = 0; round < ROUNDS; round++) {
            List<ArticleEventsMessage> batch = new ArrayList<>();
            for (int outlet = 0; outlet < outlets; outlet++) {
                batch.add(article(Articles.freshId(), "Outlet " + outlet, "Bridge opened",
                        event(year + "-03-12", "Mayor Lina Ostrova opened the Kessel bridge",
                                List.of("Lina Ostrova"), "Kessel", "occurred")));
            }
            ingestion.ingestAll(batch);
        }

        JsonPath events = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("items")).hasSize(1);
        assertThat(events.getInt("items[0].mentionCount")).isEqualTo(ROUNDS * outlets);
        assertThat(events.getInt("items[0].sources")).isEqualTo(outlets);
    }
}

package news.timeline.timeline.merge;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.timeline.support.Articles;

/**
 * An entry stored before merge profiles existed (as schema V3 leaves it: no profile, no merge keys) is rebuilt from
 * its reports by the backfill, after which new reports of its event merge into it again.
 */
@QuarkusTest
class ProfileBackfillTest {

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    EntityManager em;

    @Test
    void anEntryWithoutProfileIsRebuiltAndFoundAgain() {
        int year = Articles.freshYear();
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Dam opened",
                event(year + "-04-12", "Premier Valto opened the Serra dam", List.of("Ana Valto"), "Serra",
                        "occurred")));
        long id = given().queryParam("from", year).queryParam("to", year).get("/api/events").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update timeline_entry set profile = null where id = ?1").setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("delete from entry_key_item where entry_id = ?1").setParameter(1, id).executeUpdate();
        });

        assertThat(ingestion.backfill(List.of(id))).isEqualTo(1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from entry_key_item where entry_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue())).isPositive();
        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Serra dam",
                event(year + "-04-12", "Valto opened the Serra dam on the river", List.of("Valto"), "Serra",
                        "occurred")));
        JsonPath events = given().queryParam("from", year).queryParam("to", year).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("items")).hasSize(1);
        assertThat(events.getLong("items[0].id")).isEqualTo(id);
        assertThat(events.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(events.getInt("items[0].sources")).isEqualTo(2);
    }
}

package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.http.Problem;

@QuarkusTest
class EntityResourceTest {

    @Inject
    ArticleIngestionService ingestion;

    @Test
    void countsActorsAndPlacesMostFrequentFirst() {
        int year = Articles.freshYear();
        String tag = "Zq" + Integer.toString(year, 36);
        ingestion.ingest(article(Articles.freshId(), "Outlet", "Things",
                event(year + "-01-01", "First thing happened", List.of(tag + " Alpha", tag + " Beta"), tag + "ville",
                        "occurred"),
                event(year + "-02-01", "Second item occurred", List.of(tag + " Alpha"), tag + "ville", "occurred"),
                event(year + "-03-01", "Third matter took place", List.of(tag + " Alpha"), null, "occurred")));

        given().queryParam("q", tag.toLowerCase()).when().get("/api/entities").then().statusCode(200)
                .contentType("application/json")
                .body("items.name", contains(tag + " Alpha", tag + "ville", tag + " Beta"))
                .body("items.kind", contains("actor", "location", "actor"))
                .body("items.events", contains(3, 2, 1));
        given().queryParam("q", tag).queryParam("limit", 1).when().get("/api/entities").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].name", equalTo(tag + " Alpha"));
    }

    @Test
    void theNamesReportsGiveOneActorCountAsOneEntityUnderItsFullestForm() {
        int year = Articles.freshYear();
        String surname = "Qx" + Integer.toString(year, 36);
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "One",
                event(year + "-01-05", "The minister opened a bridge", List.of(surname), null, "occurred"),
                event(year + "-04-09", "The minister resigned from the cabinet", List.of("Anna " + surname), null,
                        "occurred")));
        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Two",
                event(year + "-06-20", "A new party was founded by the former minister",
                        List.of("Ms. " + surname, "Piet " + surname + "son"), null, "occurred")));

        given().queryParam("q", surname.toLowerCase()).when().get("/api/entities").then().statusCode(200)
                .body("items.name", contains("Anna " + surname, "Piet " + surname + "son"))
                .body("items.events", contains(3, 1));
    }

    @Test
    void badLimitIsAProblem() {
        for (String limit : List.of("0", "501", "many")) {
            given().queryParam("limit", limit).when().get("/api/entities").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(400))
                    .body("title", equalTo("Invalid request parameter"))
                    .body("detail", containsString("'limit'"))
                    .body("instance", equalTo("/api/entities"));
        }
    }
}

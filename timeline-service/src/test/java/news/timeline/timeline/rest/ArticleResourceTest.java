package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.http.Problem;

@QuarkusTest
class ArticleResourceTest {

    @Inject
    ArticleIngestionService ingestion;

    @Test
    void returnsMetadataDctAndEventsWithTheirEntries() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        ingestion.ingest(article(id, "BBC", "Storm over Varn",
                event(year + "-01-05", "A storm hit Varn", List.of(), "Varn", "occurred"),
                event(year + "-Q2", "Varn will rebuild its pier", List.of("Varn council"), "Varn", "planned")));
        Integer firstEntry = given().queryParam("article", id).when().get("/api/events").path("items[0].id");

        given().when().get("/api/articles/" + id).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id))
                .body("title", equalTo("Storm over Varn"))
                .body("source", equalTo("BBC"))
                .body("url", equalTo("https://news.example/" + id))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("1999-01-01"))
                .body("dct", equalTo("1999-01-01"))
                .body("dctSource", equalTo("given"))
                .body("dctGranularity", equalTo("day"))
                .body("dctEvidence", contains("feed date"))
                .body("extractedAt", equalTo("2026-11-23T09:00:00Z"))
                .body("events", hasSize(2))
                .body("events[0].eventId", equalTo(firstEntry))
                .body("events.date", contains(year + "-01-05", year + "-Q2"))
                .body("events[1].granularity", equalTo("quarter"))
                .body("events[1].dateRange.start", equalTo(year + "-04-01"))
                .body("events[1].dateRange.end", equalTo(year + "-06-30"))
                .body("events[1].status", equalTo("planned"))
                .body("dctConfidence", equalTo(1.0f))
                .body("engineVersion", equalTo(Articles.ENGINE_VERSION))
                .body("storedAt", notNullValue())
                .body("events[1].dateText", equalTo(year + "-Q2"))
                .body("events[1].dateStart", equalTo(10))
                .body("events[1].dateEnd", equalTo(10 + (year + "-Q2").length()))
                .body("events[1].text", equalTo("Varn will rebuild its pier"))
                .body("events[1].sentence", equalTo("Varn will rebuild its pier, officials said."))
                .body("events[1].sentenceStart", equalTo(0))
                .body("events[1].sentenceEnd", equalTo("Varn will rebuild its pier, officials said.".length()))
                .body("events[1].actors", contains("Varn council"))
                .body("events[1].location", equalTo("Varn"))
                .body("events[1].confidence", equalTo(0.8f))
                .body("events[0].actors", hasSize(0));
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().when().get("/api/articles/no-such-article").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-article"))
                .body("instance", equalTo("/api/articles/no-such-article"));
    }
}

package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;

/**
 * A polling client that sends back the entity tag it holds gets 304 and no body while the response is unchanged, and
 * the new response with a new tag once a report changes it (the test profile shares responses for no time at all,
 * so the change shows at once).
 */
@QuarkusTest
class ConditionalRequestsTest {

    @Inject
    ArticleIngestionService ingestion;

    @ParameterizedTest
    @ValueSource(strings = {"/api/timeline", "/api/events", "/api/events?size=1"})
    void anUnchangedResponseIsNotSentAgainAndAChangedOneIs(String path) {
        int year = Articles.freshYear();
        String name = "Quill" + year;
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The " + name + " harbour reopened", List.of(name), null, "occurred")));
        String url = path + (path.contains("?") ? "&" : "?") + "from=" + year + "&to=" + year;

        Response first = given().get(url).then().statusCode(200).extract().response();
        String tag = first.header("ETag");
        assertThat(tag).as("a JSON response carries a strong entity tag").matches("\"[A-Za-z0-9_-]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        Response again = given().header("If-None-Match", tag).get(url).then().statusCode(304).extract().response();
        assertThat(again.asByteArray()).as("304 has no body").isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);
        given().header("If-None-Match", "\"another\"").get(url).then().statusCode(200);

        ingestion.ingest(article(Articles.freshId(), "Outlet B", "Bridge",
                event(year + "-01-09", "The " + name + " bridge was closed for repairs", List.of(name), null,
                        "occurred")));
        Eventually.assertThat(() -> {
            Response changed = given().header("If-None-Match", tag).get(url).then().statusCode(200).extract()
                    .response();
            assertThat(changed.header("ETag")).isNotEqualTo(tag);
            assertThat(changed.jsonPath().getList("items.date", String.class)).contains(year + "-01-09");
        });
    }

    @Test
    void entityCountsCarryATagToo() {
        int year = Articles.freshYear();
        String name = "Vellum" + year;
        ingestion.ingest(article(Articles.freshId(), "Outlet A", "Harbour",
                event(year + "-03-02", "The " + name + " harbour reopened", List.of(name), null, "occurred")));
        String url = "/api/entities?q=" + name;
        String tag = given().get(url).then().statusCode(200).extract().header("ETag");
        assertThat(tag).isNotBlank();
        given().header("If-None-Match", tag).get(url).then().statusCode(304);
    }
}

package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

/** OpenAPI document and Swagger UI on the public port; health checks and metrics on the management port. */
@QuarkusTest
class PlatformEndpointsTest {

    @Inject
    ArticleIngestionService ingestion;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void openApiDocumentsEveryEndpointWithExamples() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/events'.get.summary", notNullValue())
                .body("paths.'/api/events'.get.parameters.name", hasItems("from", "to", "q", "entity", "article",
                        "size", "cursor"))
                .body("paths.'/api/events'.get.responses.'400'.content.'application/problem+json'.examples",
                        notNullValue())
                .body("paths.'/api/events/{id}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/articles/{id}'.get.responses.'200'.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/api/timeline'.get.parameters.name", hasItems("q", "entity", "from", "to", "limit", "sentences"))
                .body("paths.'/api/entities'.get.summary", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readinessCoversKafkaAndTheDatabase() {
        given().when().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'timeline-store' }.data.articles", notNullValue())
                .body("checks.name", hasItems(containsString("Kafka")));
    }

    @Test
    void metricsCountIngestedArticles() {
        ingestion.ingest(article(Articles.freshId(), "Outlet", "Metric",
                event(Articles.freshYear() + "-01-01", "Something measurable happened", List.of(), null, "occurred")));
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("timeline_articles_ingested_total"))
                .body(containsString("timeline_entries_created_total"));
    }
}

package news.timeline.ingest.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The subscription door with the default settings: no fetch to loopback, private or link-local addresses, http(s)
 * only, writes need a key, and every refusal is a problem.
 */
@QuarkusTest
class FeedResourceTest {

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefusedByDefault() {
        for (String url : new String[] { "http://127.0.0.1:8081/feed.xml", "http://localhost/rss",
                "http://10.1.2.3/rss", "http://192.168.0.1/rss", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/rss", "http://[fd00::1]/rss" }) {
            authorized().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/feeds")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", containsString("loopback, private or link-local"));
        }
        given().get("/api/feeds").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void onlyHttpUrlsWithSaneFieldsAreTaken() {
        authorized().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/feed")).post("/api/feeds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("http(s)"));
        authorized().contentType(ContentType.JSON).body(Map.of("url", "https://user:pw@example.com/feed"))
                .post("/api/feeds").then().statusCode(400).body("detail", containsString("credentials"));
        authorized().contentType(ContentType.JSON).body(Map.of("source", "no url")).post("/api/feeds")
                .then().statusCode(400).body("detail", containsString("'url' is required"));
        authorized().contentType(ContentType.JSON).body("{\"url\": ").post("/api/feeds")
                .then().statusCode(400).contentType("application/problem+json");
        authorized().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/feed",
                "intervalSeconds", 5)).post("/api/feeds")
                .then().statusCode(400).body("detail", containsString("intervalSeconds"));
        given().get("/api/feeds?limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/feeds/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheFeedEndpointsWithExamples() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths.'/api/feeds'.post.responses.'400'.content.'application/problem+json'.examples"))
                .isNotEmpty();
        assertThat(doc.getMap("paths.'/api/feeds'.post.responses.'201'.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getList("paths.'/api/feeds'.post.security")).isNotEmpty();
        assertThat(doc.getList("paths.'/api/feeds/{id}'.delete.security")).isNotEmpty();
        assertThat(doc.getMap("paths.'/api/feeds'.get.responses.'200'.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getMap("paths.'/api/feeds/{id}'.get.responses.'404'")).isNotEmpty();
    }

    @Test
    void writesNeedAKey() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/feed")).post("/api/feeds")
                .then().statusCode(401).contentType("application/problem+json");
        given().delete("/api/feeds/anything").then().statusCode(401).contentType("application/problem+json");
    }
}

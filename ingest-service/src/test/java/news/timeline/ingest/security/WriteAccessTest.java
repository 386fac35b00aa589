package news.timeline.ingest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import news.timeline.contract.testing.TopicReader;
import news.timeline.ingest.TestKeys;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may write: no key is 401, a wrong key 403, the test key (either header) is served; reads stay open; a request
 * from a web origin that is not allowed is refused whatever its content type, an allowed one is served with CORS
 * headers. What is refused never reaches the topic.
 */
@QuarkusTest
class WriteAccessTest {

    private static final String EVIL = "http://evil.example";
    private static final String ALLOWED = "https://allowed.example";

    @Test
    void aWriteWithoutKeyIs401WithAChallengeAndNothingIsSent() {
        String refused = unique();
        given().contentType(ContentType.JSON).body(article(refused)).post("/api/articles")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401)).body("instance", equalTo("/api/articles"));
        given().contentType("application/x-ndjson").body(article(refused).getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch")
                .then().statusCode(401).contentType("application/problem+json");
        assertNeverSent(refused);
    }

    @Test
    void aWrongKeyIs403InEitherHeader() {
        String refused = unique();
        given().header("X-API-Key", "not-" + TestKeys.KEY).contentType(ContentType.JSON).body(article(refused))
                .post("/api/articles")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().header("Authorization", "Bearer " + TestKeys.KEY + "x").contentType(ContentType.JSON)
                .body(article(refused)).post("/api/articles")
                .then().statusCode(403).contentType("application/problem+json");
        assertNeverSent(refused);
    }

    @Test
    void theKeyIsAcceptedAsBearerOrAsXApiKey() {
        given().header("Authorization", "Bearer " + TestKeys.KEY).contentType(ContentType.JSON)
                .body(article(unique())).post("/api/articles").then().statusCode(202);
        authorized().contentType(ContentType.JSON).body(article(unique())).post("/api/articles")
                .then().statusCode(202);
    }

    @Test
    void readsAreOpenButAdminIsNot() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/api/admin/dlq").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCrossOriginSimplePostIsRefusedEvenWithAKey() {
        String refused = unique();
        // What a web page elsewhere can send without a preflight: text/plain, its Origin, no custom header needed.
        given().header("Origin", EVIL).contentType("text/plain").body(article(refused))
                .post("/api/articles/batch")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(EVIL))
                .header("Access-Control-Allow-Origin", nullValue());
        authorized().header("Origin", EVIL).contentType("text/plain").body(article(refused))
                .post("/api/articles/batch")
                .then().statusCode(403).contentType("application/problem+json");
        // Its preflight is refused too.
        given().header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .options("/api/articles").then().statusCode(403).contentType("application/problem+json");
        assertNeverSent(refused);
    }

    @Test
    void anAllowedOriginIsServedWithCorsHeaders() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .options("/api/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        authorized().header("Origin", ALLOWED).contentType("text/plain").body(article(unique()))
                .post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(1))
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED));
    }

    @Test
    void theServicesOwnOriginIsServed() {
        // Swagger UI on this service sends its own origin, which is not on the allow-list.
        authorized().header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .contentType(ContentType.JSON).body(article(unique())).post("/api/articles")
                .then().statusCode(202);
    }

    @Test
    void theOpenApiDocumentSaysWhichOperationsNeedAKey() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("components.securitySchemes.apiKey.name")).isEqualTo("X-API-Key");
        for (String operation : List.of("'/api/articles'.post", "'/api/articles/batch'.post",
                "'/api/admin/dlq'.get", "'/api/admin/dlq/replay'.post")) {
            assertThat(doc.getList("paths." + operation + ".security.apiKey")).as(operation).isNotNull();
            assertThat(doc.getMap("paths." + operation + ".responses")).as(operation).containsKeys("401", "403");
        }
        assertThat(doc.getMap("paths.'/api/articles'.post.responses")).containsKey("429");
    }

    /** A good article posted with the key after the refused ones is on the topic, and the refused ones are not. */
    private static void assertNeverSent(String refused) {
        String after = unique();
        authorized().contentType(ContentType.JSON).body(article(after)).post("/api/articles").then().statusCode(202);
        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", Duration.ofSeconds(60),
                rs -> rs.stream().anyMatch(r -> r.value().contains(after)));
        assertThat(records).anyMatch(r -> r.value().contains(after)).noneMatch(r -> r.value().contains(refused));
    }

    private static String article(String marker) {
        return "{\"text\": \"On July 16, 2018, the leaders met. " + marker + "\"}";
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}

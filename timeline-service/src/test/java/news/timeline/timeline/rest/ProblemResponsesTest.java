package news.timeline.timeline.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import news.timeline.http.testing.RawHttp;
import news.timeline.http.ProblemRoutes;

/**
 * Every error answers an RFC 9457 problem without an exception's words, whichever layer raises it (JAX-RS, the
 * Vert.x router, the database), and every answer carries the security headers.
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource(value = "health", management = true)
    URL managementHealth;

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_POLICY)
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body(allOf(not(containsString("Exception")), not(containsString("\tat ")),
                        not(containsString("org.")), not(containsString("io.quarkus"))));
    }

    @Test
    void aCursorWithADateNoEntryCanHaveIsABadParameter() {
        problem(given().queryParam("cursor", "ZTE6Kzk5OTk5OTk5OS0xMi0zMTox").when().get("/api/events").then(), 400)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("detail", containsString("cursor"));
    }

    @Test
    void aNulInAnIdIsAClientError() {
        ValidatableResponse response = given().urlEncodingEnabled(false).when().get("/api/articles/%00").then();
        int status = response.extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isIn(400, 404);
        problem(response, status);
        problem(given().urlEncodingEnabled(false).when().get("/api/events?entity=a%00b").then(), 400);
    }

    @Test
    void malformedEncodingsAndHostileValuesAreClientErrorProblems() throws java.io.IOException {
        String yearBelowZero = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("e1:-999999999-01-01:1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String uri : java.util.List.of("/api/%ZZ", "/api/%", "/api/%G0", "/api/events?q=%ZZ",
                "/api/events?cursor=" + yearBelowZero, "/api/events?from=%2B999999999-12-31",
                "/api/events/%00/mentions?cursor=%00", "/api/articles/%00")) {
            RawHttp.Answer answer = RawHttp.get(io.restassured.RestAssured.port, uri);
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(uri).isBetween(400, 499);
            assertProblem(uri, answer);
        }
        // Bytes that are no UTF-8 decode to replacement characters, and a search drops what is no word: a search
        // finds nothing, an id matches nothing; never a server error.
        for (String uri : java.util.List.of("/api/articles/%C0%80", "/api/articles/%FF", "/api/articles/%ED%A0%80",
                "/api/events?q=%FF", "/api/events?entity=%C0%80", "/api/events/%FF", "/api/timeline?q=a%00",
                "/api/entities?q=%00")) {
            RawHttp.Answer answer = RawHttp.get(io.restassured.RestAssured.port, uri);
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(uri).isLessThan(500);
            if (answer.status() >= 400) {
                assertProblem(uri, answer);
            }
        }
    }

    private static void assertProblem(String uri, RawHttp.Answer answer) {
        org.assertj.core.api.Assertions.assertThat(answer.header("Content-Type")).as(uri)
                .startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(answer.header("X-Content-Type-Options")).as(uri)
                .isEqualTo("nosniff");
        org.assertj.core.api.Assertions.assertThat(answer.body()).as(uri)
                .contains("\"status\":" + answer.status()).doesNotContain("Exception");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        problem(given().when().get("/no/such/path").then(), 404).body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo("/no/such/path"));
        problem(given().when().get("/api/nothing-here").then(), 404);
    }

    @Test
    void aMethodNoResourceTakesIsAProblem() {
        problem(given().when().delete("/api/events").then(), 405);
        problem(given().body("{}").contentType("application/json").when().post("/api/articles").then(), 405);
    }

    @Test
    void aMediaTypeNoResourceProducesIsAProblem() {
        problem(given().accept("text/html").when().get("/api/events").then(), 406);
    }

    @Test
    void anOverlongUriIsAProblem() {
        problem(given().queryParam("q", "x".repeat(ProblemRoutes.MAX_URI_LENGTH)).when().get("/api/events").then(),
                414);
    }

    @Test
    void anOverlargeBodyIsAProblem() {
        problem(given().body("x".repeat(70 * 1024)).contentType("text/plain").when().post("/api/events").then(), 413);
    }

    @Test
    void aServerErrorIsAGenericProblemWithTheIdOfItsLogEntry() {
        problem(given().when().get("/test/failing").then(), 500)
                .body("type", equalTo("/problems/internal-error"))
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void successfulAnswersCarryTheSecurityHeadersAndSwaggerUiKeepsWorking() {
        given().when().get("/api/events").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_POLICY);
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'")))
                .body(containsString("swagger"));
    }

    @Test
    void healthAndMetricsAreUnknownOnThePublicPortAndAnswerOnTheManagementPort() {
        for (String path : java.util.List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            problem(given().when().get(path).then(), 404).body("type", equalTo("/problems/not-found"))
                    .body(not(containsString("timeline-store")));
        }
        given().when().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("timeline-store"));
    }
}

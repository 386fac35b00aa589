package news.timeline.extract.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.http.ProblemRoutes;
import news.timeline.http.testing.RawHttp;

/** Every error of the service's small HTTP side is an RFC 9457 problem, and every answer has the security headers. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
class ProblemResponsesTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource(value = "health", management = true)
    URL managementHealth;
    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_POLICY)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body(allOf(not(containsString("Exception")), not(containsString("<html")),
                        not(containsString("io.quarkus"))));
    }

    @Test
    void anUnknownPathIsANotFoundProblemNotAnHtmlPage() {
        problem(given().when().get("/api/articles").then(), 404).body("type", equalTo("/problems/not-found"));
        problem(given().when().get("/").then(), 404);
    }

    @Test
    void malformedEncodingsAreClientErrorProblems() throws java.io.IOException {
        for (String uri : java.util.List.of("/q/%ZZ", "/q/%", "/q/%00", "/q/%C0%80", "/q/nope", "/api/%FF")) {
            RawHttp.Answer answer = RawHttp.get(io.restassured.RestAssured.port, uri);
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(uri).isBetween(400, 499);
            org.assertj.core.api.Assertions.assertThat(answer.header("Content-Type")).as(uri)
                    .startsWith("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(answer.header("X-Content-Type-Options")).as(uri)
                    .isEqualTo("nosniff");
            org.assertj.core.api.Assertions.assertThat(answer.body()).as(uri)
                    .contains("\"status\":" + answer.status()).doesNotContain("Exception");
        }
    }

    @Test
    void anOverlongUriIsAProblem() {
        problem(given().queryParam("q", "x".repeat(ProblemRoutes.MAX_URI_LENGTH)).when().get("/q/openapi").then(),
                414);
    }

    @Test
    void anOverlargeBodyIsAProblem() {
        problem(given().body("x".repeat(70 * 1024)).contentType("text/plain").when().post("/q/openapi").then(), 413);
    }

    @Test
    void aServerErrorIsAGenericProblemWithTheIdOfItsLogEntry() {
        problem(given().when().get("/test/failing").then(), 500)
                .body("type", equalTo("/problems/internal-error"))
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString(FailingRoute.SECRET)))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void healthAndMetricsAreUnknownOnThePublicPortAndAnswerOnTheManagementPort() {
        for (String path : java.util.List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            problem(given().when().get(path).then(), 404).body("type", equalTo("/problems/not-found"));
        }
        given().when().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(managementMetrics).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes{area=\"heap\""));
    }

    @Test
    void openApiAndSwaggerUiCarryTheSecurityHeaders() {
        given().when().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", API_POLICY);
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'")))
                .body(containsString("swagger"));
    }
}

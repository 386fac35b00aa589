package news.timeline.ingest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every error the service answers, whichever layer answers it, is a problem body; every answer has the headers. */
@QuarkusTest
class HttpProblemsTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource("/")
    URL root;
    @TestHTTPResource(value = "health", management = true)
    URL managementHealth;
    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    @Test
    void unknownPathsAre404Problems() {
        for (String path : new String[] { "/nope", "/api/articles/x/y", "/q/nope" }) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body("title", equalTo("Not Found"));
        }
    }

    @Test
    void healthAndMetricsAreUnknownOnThePublicPortAndAnswerOnTheManagementPort() {
        for (String path : new String[] { "/q/health", "/q/health/ready", "/q/health/well", "/q/metrics" }) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body(not(containsString("Kafka")));
        }
        given().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        given().get(managementMetrics).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes{area=\"heap\""));
    }

    @Test
    void aMethodNotServedIsA405Problem() {
        given().get("/api/articles").then().statusCode(405).contentType("application/problem+json")
                .body("detail", containsString("GET is not served"));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        authorized().accept("text/html").contentType(ContentType.JSON).body("{\"text\": \"x\"}").post("/api/articles")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() {
        authorized().contentType("text/plain").body("{\"text\": \"x\"}").post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415))
                .body("detail", containsString("application/json"));
    }

    @Test
    void aLongUriIsA414Problem() {
        given().get("/api/articles?q=" + "x".repeat(10_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void aMalformedUriIsA400Problem() throws IOException {
        for (String target : new String[] { "/%ZZ", "/api/articles?x=%ZZ", "/api/%E" }) {
            String answer = raw("GET " + target, "");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":400")
                    .containsIgnoringCase("x-content-type-options: nosniff");
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413ProblemBeforeAnyOfItIsRead() throws IOException {
        String answer = raw("POST /api/articles/batch", "X-API-Key: " + TestKeys.KEY
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                + (32L * 1024 * 1024 + 1) + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413").contains("33554432");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        authorized().contentType(ContentType.JSON).body("{\"title\": \"no text\"}").post("/api/articles")
                .then().statusCode(400)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", API_POLICY);
        given().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", API_POLICY);
        given().get("/nope").then().statusCode(404).header("Content-Security-Policy", API_POLICY);
    }

    @Test
    void swaggerUiLoadsUnderItsOwnPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", not(API_POLICY))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    /** The status line and headers, then as many bytes of body as Content-Length says. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        return head + new String(body, StandardCharsets.UTF_8);
    }

    /** A request written by hand: the headers only, so the server answers without any body being sent. */
    private String raw(String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse(socket.getInputStream());
        }
    }
}

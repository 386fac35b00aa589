package news.timeline.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP side of the command-line tools: one API's base address, the API key when there is one, JSON answers, and
 * an answer other than the expected one turned into a message from its problem body (RFC 9457 title and detail).
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String key;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param serviceUrl the service's address ({@code http://127.0.0.1:8081}), a trailing slash or not
     * @param apiPath    the API's path on it ({@code /api/feeds})
     * @param key        the API key, or null to send none
     */
    ApiClient(String serviceUrl, String apiPath, String key, Duration timeout) {
        this.base = serviceUrl.replaceAll("/+$", "") + apiPath;
        this.key = key;
        this.timeout = timeout;
    }

    /**
     * The JSON answer (an empty object when there is no body).
     *
     * @param json     the request body, or null for none
     * @param expected the status of success
     * @throws IllegalStateException with the problem's status, title and detail on any other status
     */
    JsonNode call(String method, String pathAndQuery, String json, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, pathAndQuery, json);
        JsonNode body = body(response);
        if (response.statusCode() != expected) {
            throw failure(response, body);
        }
        return body;
    }

    /** A GET answered 200 with JSON, or 404: empty; any other status throws as {@link #call} does. */
    Optional<JsonNode> find(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", pathAndQuery, null);
        JsonNode body = body(response);
        return switch (response.statusCode()) {
            case 200 -> Optional.of(body);
            case 404 -> Optional.empty();
            default -> throw failure(response, body);
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = ApiKey.sign(HttpRequest.newBuilder(URI.create(base + pathAndQuery)), key)
                .timeout(timeout);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException(ApiKey.refusal(response.statusCode()));
        }
        return response;
    }

    private static JsonNode body(HttpResponse<String> response) throws IOException {
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static IllegalStateException failure(HttpResponse<String> response, JsonNode problem) {
        return new IllegalStateException(response.statusCode() + " " + problem.path("title").asText() + ": "
                + problem.path("detail").asText(response.body()));
    }
}

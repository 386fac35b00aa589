package news.timeline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import news.timeline.contract.testing.TopicReader;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of one request, made small: a body of 64 KiB and 5 articles a batch. Bodies are sent chunked (no
 * Content-Length), so the service only finds out while streaming them: the articles before the limit are answered
 * as usual and reach Kafka, the answer says from which article on nothing was read, and nothing after reaches Kafka.
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.SmallLimits.class)
class RequestLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.max-body-bytes", "65536", "ingest.max-batch-items", "5");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FILLER = "word ".repeat(4000); // 20,000 bytes

    @TestHTTPResource("/")
    URL root;

    @Test
    void aChunkedBatchOverTheBodyLimitIsAnsweredUpToTheLimit() throws Exception {
        String marker = unique();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 4; i++) { // 4 × 20 KB: the fourth line crosses 64 KiB
            ndjson.append("{\"text\": \"").append(marker).append(" item ").append(i).append(' ').append(FILLER)
                    .append("\"}\n");
        }
        HttpResponse<String> response = postChunked("/api/articles/batch", "application/x-ndjson", ndjson.toString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        assertThat(answer.get("items")).hasSize(4);
        JsonNode last = answer.get("items").get(3);
        assertThat(last.get("status").asInt()).isEqualTo(413);
        assertThat(last.get("problem").get("detail").asText()).contains("larger than 65536 bytes")
                .contains("were not read");

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().filter(r -> r.value().contains(marker)).count() >= 3);
        assertThat(records.stream().filter(r -> r.value().contains(marker)).map(ConsumerRecord::value))
                .hasSize(3).noneMatch(v -> v.contains(marker + " item 3"));
    }

    @Test
    void aChunkedSingleArticleOverTheBodyLimitIsA413Problem() throws Exception {
        String marker = unique();
        HttpResponse<String> response = postChunked("/api/articles", "application/json",
                "{\"text\": \"" + marker + " " + FILLER.repeat(4) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("larger than 65536 bytes");
    }

    @Test
    void theArticlesAfterTheBatchLimitAreNotReadAndTheAnswerSaysFromWhere() throws Exception {
        for (boolean array : new boolean[] { false, true }) {
            String marker = unique();
            StringBuilder body = new StringBuilder(array ? "[" : "");
            for (int i = 0; i < 7; i++) {
                body.append(array && i > 0 ? "," : "").append("{\"text\": \"").append(marker).append(" item ")
                        .append(i).append("\"}").append(array ? "" : "\n");
            }
            body.append(array ? "]" : "");
            HttpResponse<String> response = postChunked("/api/articles/batch",
                    array ? "application/json" : "application/x-ndjson", body.toString());
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.get("accepted").asInt()).isEqualTo(5);
            assertThat(answer.get("items")).hasSize(6);
            assertThat(answer.get("items").get(5).get("status").asInt()).isEqualTo(413);
            assertThat(answer.get("items").get(5).get("problem").get("detail").asText()).contains("more than 5");

            List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                    rs -> rs.stream().filter(r -> r.value().contains(marker)).count() >= 5);
            assertThat(records.stream().filter(r -> r.value().contains(marker)).map(ConsumerRecord::value))
                    .hasSize(5).noneMatch(v -> v.contains(marker + " item 5")).noneMatch(v -> v.contains(marker + " item 6"));
        }
    }

    /** A body of unknown length, sent chunked: the service cannot refuse it by its Content-Length. */
    private HttpResponse<String> postChunked(String path, String contentType, String body) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).header("X-API-Key", TestKeys.KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}

package news.timeline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import news.timeline.contract.testing.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * "202 means will be stored": what the store or the extractor would refuse later is refused at the door, with a
 * problem, and never reaches the {@code articles} topic, while the good articles of the same batch do. Each bad
 * article carries a marker of its own, so the topic can be searched for it.
 */
@QuarkusTest
class DoorValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anArticleTheStoreWouldRefuseIsA400ProblemNamingTheField() {
        // JSON escapes, as a client would send them: the parser turns them into the characters.
        Map<String, String> bad = Map.of(
                "{\"text\": \"The council met on May 7, 2019.\\u0000 %s\"}", "'text' holds the NUL character",
                "{\"text\": \"%s\", \"title\": \"Summit \\ud800\"}", "'title' holds an unpaired UTF-16 surrogate",
                "{\"text\": \"%s\", \"source\": \"\\u0000\"}", "'source' holds the NUL character",
                "{\"text\": \"%s\", \"url\": \"https://news.example/a\\u0000b\"}", "'url' holds the NUL character",
                "{\"text\": \"%s\", \"language\": \"en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd\"}", "at most 35",
                "{\"text\": \"%s\", \"publishedAt\": \"+999999999-12-31\"}", "outside 1800-01-01",
                "{\"text\": \"%s\", \"publishedAt\": \"1799-12-31T23:00:00Z\"}", "outside 1800-01-01",
                "{\"text\": \"%s\", \"html\": \"<p>a</p>\", \"text\": \"twice\"}", "'text' is given twice");
        List<String> markers = bad.entrySet().stream().map(e -> {
            String marker = unique();
            authorized().contentType(ContentType.JSON).body(e.getKey().formatted(marker)).post("/api/articles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", containsString(e.getValue()));
            return marker;
        }).toList();
        String good = unique();
        authorized().contentType(ContentType.JSON).body("{\"text\": \"" + good + "\"}").post("/api/articles")
                .then().statusCode(202);
        List<ConsumerRecord<String, String>> records = read(good);
        markers.forEach(marker -> assertThat(records).noneMatch(r -> r.value().contains(marker)));
    }

    @Test
    void aLeapSecondIsAcceptedAsTheSecondBefore() throws Exception {
        String marker = unique();
        authorized().contentType(ContentType.JSON)
                .body("{\"text\": \"" + marker + "\", \"publishedAt\": \"2016-12-31T23:59:60Z\"}")
                .post("/api/articles").then().statusCode(202);
        JsonNode value = JSON.readTree(read(marker).stream().filter(r -> r.value().contains(marker)).findFirst()
                .orElseThrow().value());
        assertThat(value.get("publishedAt").asText()).isEqualTo("2016-12-31T23:59:59Z");
    }

    @Test
    void contentAfterTheJsonObjectIsRefusedWhole() {
        String trailing = unique();
        String twoObjects = unique();
        authorized().contentType(ContentType.JSON).body("{\"text\": \"" + trailing + "\"} not json")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Trailing content after the JSON object"));
        authorized().contentType(ContentType.JSON)
                .body("{\"text\": \"A " + twoObjects + "\"}{\"text\": \"B " + twoObjects + "\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Trailing content"));
        String good = unique();
        authorized().contentType(ContentType.JSON).body("{\"text\": \"" + good + "\"}").post("/api/articles")
                .then().statusCode(202);
        assertThat(read(good)).noneMatch(r -> r.value().contains(trailing))
                .noneMatch(r -> r.value().contains(twoObjects));
    }

    @Test
    void anNdjsonBatchRefusesItsBadLinesAndSendsItsGoodOnes() {
        String good1 = unique();
        String good2 = unique();
        String leap = unique();
        String twoObjects = unique();
        String nul = unique();
        String surrogate = unique();
        String language = unique();
        String future = unique();
        String ndjson = String.join("\n",
                "{\"text\": \"" + good1 + "\"}",
                "{\"text\": \"A " + twoObjects + "\"}{\"text\": \"B " + twoObjects + "\"}",
                "{\"text\": \"" + nul + " \\u0000\"}",
                "{\"text\": \"" + surrogate + "\", \"title\": \"\\udc00\"}",
                "{\"text\": \"" + language + "\", \"language\": \"" + "x".repeat(36) + "\"}",
                "{\"text\": \"" + future + "\", \"publishedAt\": \"9999-12-31\"}",
                "{\"text\": \"" + good2 + "\"} ",
                "{\"text\": \"" + leap + "\", \"publishedAt\": \"2016-12-31T23:59:60Z\"}");
        Response response = authorized().contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(3)).body("rejected", equalTo(5))
                .extract().response();
        assertThat(response.<List<Integer>>path("items.status")).containsExactly(202, 400, 400, 400, 400, 400, 202, 202);
        assertThat(response.<List<Integer>>path("items.line")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(response.<String>path("items[1].problem.detail")).contains("more than the JSON object");
        assertThat(response.<String>path("items[2].problem.detail")).contains("'text' holds the NUL character");
        assertThat(response.<String>path("items[3].problem.detail")).contains("'title' holds an unpaired");
        assertThat(response.<String>path("items[4].problem.detail")).contains("language");
        assertThat(response.<String>path("items[5].problem.detail")).contains("outside 1800-01-01");

        List<ConsumerRecord<String, String>> records = read(good1, good2, leap);
        for (String refused : List.of(twoObjects, nul, surrogate, language, future)) {
            assertThat(records).noneMatch(r -> r.value().contains(refused));
        }
    }

    @Test
    void aJsonArrayBatchIsReadElementByElementAndSaysWhereItBreaks() {
        String good1 = unique();
        String good2 = unique();
        String nul = unique();
        String trailing = unique();
        Response response = authorized().contentType(ContentType.JSON)
                .body("[{\"text\": \"" + good1 + "\"}, {\"text\": \"" + nul + "\\u0000\"}, {\"text\": \"" + good2
                        + "\"}] {\"text\": \"" + trailing + "\"}")
                .post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .extract().response();
        assertThat(response.<List<Integer>>path("items.status")).containsExactly(202, 400, 202, 400);
        assertThat(response.<String>path("items[3].problem.detail")).contains("Trailing content after the JSON array");

        // Two objects without a comma: the array cannot be read past the first, and the answer says so.
        String a = unique();
        String b = unique();
        authorized().contentType(ContentType.JSON).body("[{\"text\": \"" + a + "\"}{\"text\": \"" + b + "\"}]")
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("items[0].status", equalTo(202))
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.detail", containsString("were not read"));

        List<ConsumerRecord<String, String>> records = read(good1, good2, a);
        assertThat(records).noneMatch(r -> r.value().contains(nul)).noneMatch(r -> r.value().contains(trailing))
                .noneMatch(r -> r.value().contains(b));
    }

    /** The topic, read until a record holds each of the markers. */
    private static List<ConsumerRecord<String, String>> read(String... markers) {
        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> List.of(markers).stream().allMatch(m -> rs.stream().anyMatch(r -> r.value().contains(m))));
        for (String marker : markers) {
            assertThat(records).anyMatch(r -> r.value().contains(marker));
        }
        return records;
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}

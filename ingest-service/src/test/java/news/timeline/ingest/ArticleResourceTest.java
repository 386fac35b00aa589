package news.timeline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import news.timeline.contract.testing.KafkaBroker;
import news.timeline.contract.testing.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
class ArticleResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void acceptedArticleIsOnTheTopicKeyedByItsId() throws Exception {
        String marker = unique();
        var response = authorized().contentType(ContentType.JSON)
                .body("""
                        {"url": "https://news.example/%s", "title": "Summit", "text": "Leaders met on July 16, 2018. %s",
                         "publishedAt": "2018-07-24", "source": "Example", "language": "en"}""".formatted(marker, marker))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .body("status", equalTo("accepted"))
                .extract().response();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/articles/" + id);

        JsonNode value = valueWith(marker);
        assertThat(value.get("id").asText()).isEqualTo(id);
        assertThat(value.get("publishedAt").asText()).isEqualTo("2018-07-24");
        assertThat(value.get("source").asText()).isEqualTo("Example");
        assertThat(value.get("receivedAt").asText()).isNotBlank();
        assertThat(keyOf(marker)).isEqualTo(id);
    }

    @Test
    void theSameArticlePostedTwiceKeepsOneId() {
        String body = """
                {"url": "https://www.news.example/a/%s/?utm_source=feed", "text": "Same article."}""".formatted(unique());
        String first = authorized().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(202).extract().path("id");
        String again = authorized().contentType(ContentType.JSON).body(body.replace("?utm_source=feed", ""))
                .post("/api/articles").then().statusCode(202).extract().path("id");
        assertThat(again).isEqualTo(first);

        String text = "An article without url " + unique();
        String byText = authorized().contentType(ContentType.JSON).body("{\"text\": \"" + text + "\"}")
                .post("/api/articles").then().statusCode(202).extract().path("id");
        String byTextAgain = authorized().contentType(ContentType.JSON).body("{\"text\": \"  " + text + "\\n\"}")
                .post("/api/articles").then().statusCode(202).extract().path("id");
        assertThat(byTextAgain).isEqualTo(byText);
    }

    @Test
    void htmlIsReducedToItsMainText() throws Exception {
        String marker = unique();
        String html = """
                <html><head><title>Site | Summit</title><script>var tracking = 1;</script></head><body>
                <nav>Home Politics Sports</nav>
                <article><h1>Leaders meet</h1><p>The leaders met on Monday. %s</p>
                <div class="share"><button>Share on Facebook</button></div><p>They will meet again.</p></article>
                <footer>Copyright</footer></body></html>""".formatted(marker);
        authorized().contentType(ContentType.JSON).body(JSON.createObjectNode().put("html", html).toString())
                .post("/api/articles").then().statusCode(202);

        JsonNode value = valueWith(marker);
        String text = value.get("text").asText();
        assertThat(text).contains("The leaders met on Monday.").contains("They will meet again.")
                .doesNotContain("tracking").doesNotContain("Home Politics").doesNotContain("Share on Facebook")
                .doesNotContain("Copyright");
        assertThat(value.get("title").asText()).isEqualTo("Leaders meet");
    }

    @Test
    void malformedJsonIsAProblem() {
        authorized().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", notNullValue())
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void missingTextIsAProblem() {
        authorized().contentType(ContentType.JSON).body("{\"title\": \"only a title\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no text"));
    }

    @Test
    void wrongFieldTypesAndBadValuesAreProblems() {
        authorized().contentType(ContentType.JSON).body("{\"text\": 42}").post("/api/articles")
                .then().statusCode(400).body("detail", containsString("'text' must be a string"));
        authorized().contentType(ContentType.JSON).body("{\"text\": \"x\", \"publishedAt\": \"July 16\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ISO-8601"));
        authorized().contentType(ContentType.JSON).body("{\"text\": \"x\", \"url\": \"not a url\"}")
                .post("/api/articles").then().statusCode(400).body("detail", containsString("url"));
        authorized().contentType(ContentType.JSON).body("[1, 2]").post("/api/articles")
                .then().statusCode(400).body("detail", containsString("JSON object"));
    }

    @Test
    void publicationDateTimesWithOffsetsAreAccepted() {
        authorized().contentType(ContentType.JSON)
                .body("{\"text\": \"" + unique() + "\", \"publishedAt\": \"2018-07-16T09:30:00-04:00\"}")
                .post("/api/articles").then().statusCode(202);
    }

    @Test
    void textOverTheLimitIs413AndNeverReachesKafka() throws Exception {
        String marker = unique();
        String huge = marker + " " + "word ".repeat(1024 * 1024 / 5 + 10);
        authorized().contentType(ContentType.JSON).body(JSON.createObjectNode().put("text", huge).toString())
                .post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("limit"));
        String after = unique();
        authorized().contentType(ContentType.JSON).body("{\"text\": \"" + after + "\"}").post("/api/articles")
                .then().statusCode(202);

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().anyMatch(r -> r.value().contains(after)));
        assertThat(records).anyMatch(r -> r.value().contains(after));
        assertThat(records).noneMatch(r -> r.value().contains(marker));
    }

    @Test
    void batchAnswersEachLineAndKeepsTheGoodOnes() throws Exception {
        String good1 = unique();
        String good2 = unique();
        String bad = unique();
        String ndjson = String.join("\n",
                "{\"text\": \"" + good1 + "\", \"publishedAt\": \"2020-08-17\"}",
                "",
                "{\"title\": \"" + bad + "\"}",
                "{not json",
                "{\"text\": \"" + good2 + "\"}");
        authorized().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("items[0].line", equalTo(1)).body("items[0].status", equalTo(202))
                .body("items[0].id", matchesPattern("[0-9a-f]{32}"))
                .body("items[1].line", equalTo(3)).body("items[1].status", equalTo(400))
                .body("items[1].problem.detail", containsString("no text"))
                .body("items[2].line", equalTo(4)).body("items[2].problem.detail", containsString("Malformed JSON"))
                .body("items[3].line", equalTo(5)).body("items[3].status", equalTo(202));

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().anyMatch(r -> r.value().contains(good1))
                        && rs.stream().anyMatch(r -> r.value().contains(good2)));
        assertThat(records).anyMatch(r -> r.value().contains(good1)).anyMatch(r -> r.value().contains(good2))
                .noneMatch(r -> r.value().contains(bad));
    }

    @Test
    void batchTakesAJsonArray() {
        authorized().contentType(ContentType.JSON)
                .body("[{\"text\": \"" + unique() + "\"}, {\"text\": \"" + unique() + "\", \"publishedAt\": \"bad\"}]")
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(1))
                .body("items[1].problem.status", equalTo(400));
    }

    @Test
    void emptyOrUnreadableBatchIsAProblem() {
        authorized().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no article"));
        authorized().contentType(ContentType.JSON).body("[{\"text\": ").post("/api/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void openApiDocumentsBothEndpoints() {
        authorized().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/articles'.post.summary", notNullValue())
                .body("paths.'/api/articles/batch'.post.summary", notNullValue());
    }

    private static JsonNode valueWith(String marker) throws Exception {
        ConsumerRecord<String, String> record = recordWith(marker);
        return JSON.readTree(record.value());
    }

    private static String keyOf(String marker) {
        return recordWith(marker).key();
    }

    private static ConsumerRecord<String, String> recordWith(String marker) {
        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", WAIT,
                rs -> rs.stream().anyMatch(r -> r.value().contains(marker)));
        return records.stream().filter(r -> r.value().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no record on 'articles' holds " + marker));
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}

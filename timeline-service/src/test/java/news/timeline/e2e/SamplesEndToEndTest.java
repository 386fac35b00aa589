package news.timeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.timeline.support.Eventually;

/**
 * The whole pipeline: the five sample articles are posted to a real ingest-service process, a real extract-service
 * process turns them into events, and this timeline-service stores and serves them, over the real Kafka broker and
 * PostgreSQL of this module's tests. The expected dates are what a reader of each article would date its main event.
 */
@QuarkusTest
class SamplesEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "ingest-service", "samples", "seeds.ndjson");
    private static final Duration START = Duration.ofSeconds(120);
    /** The key this test writes with; ingest-service is given only its SHA-256. A test key, guarding nothing. */
    private static final String API_KEY = "e2e-test-key";
    private static ServiceProcess ingest;
    private static ServiceProcess extract;
    private static List<String> ids;

    @BeforeAll
    static void startPipelineAndPostSamples() throws Exception {
        Assumptions.assumeTrue(Files.exists(ServiceProcess.jarOf("ingest-service"))
                && Files.exists(ServiceProcess.jarOf("extract-service")),
                "ingest-service and extract-service are not packaged: run mvn verify from the repository root");
        String kafka = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, String> kafkaConfig = Map.of("kafka.bootstrap.servers", kafka);
        ingest = ServiceProcess.start("ingest-service", Map.of("kafka.bootstrap.servers", kafka,
                "ingest.security.api-key-hashes", "e2e:" + sha256(API_KEY)));
        extract = ServiceProcess.start("extract-service", kafkaConfig);
        ingest.awaitReady(START);
        extract.awaitReady(START);

        JsonPath answer = given().baseUri(ingest.baseUrl()).header("X-API-Key", API_KEY)
                .contentType("application/x-ndjson")
                .body(Files.readAllBytes(SAMPLES))
                .post("/api/articles/batch").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("accepted")).isEqualTo(5);
        ids = answer.getList("items.id", String.class);
    }

    private static String sha256(String key) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopPipeline() throws InterruptedException {
        if (ingest != null) {
            ingest.close();
        }
        if (extract != null) {
            extract.close();
        }
    }

    @Test
    void everySampleComesOutOfTheTimelineWithTheDatesOfItsEvents() {
        List<List<String>> datesByArticle = new ArrayList<>();
        Eventually.assertThat(() -> {
            datesByArticle.clear();
            for (String id : ids) {
                JsonPath article = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
                datesByArticle.add(article.getList("events.date", String.class));
            }
        });
        assertThat(datesByArticle).allSatisfy(dates -> assertThat(dates).isNotEmpty());
        // NBC/Inquisitr, 2020-08-17: a summit "potentially next month in New York".
        assertThat(datesByArticle.get(0)).contains("2020-09");
        assertThat(datesByArticle.get(1)).contains("2020-09");
        // 2017-06-29: Trump and Putin to meet at the G20 "next week", "the July 7-8 summit".
        assertThat(datesByArticle.get(2)).anyMatch(d -> d.startsWith("2017-07-07") || d.equals("2017-W27"));
        // NYT, 2018-06-27: Bolton met Putin in Moscow "on Wednesday"; the summit "next month".
        assertThat(datesByArticle.get(3)).contains("2018-06-27", "2018-07");
        // Breitbart, 2018-07-24: the Helsinki summit of July 16, 2018.
        assertThat(datesByArticle.get(4)).contains("2018-07-16");
    }

    @Test
    void theTimelineForPutinSpansTheSamplesAndTheSameSummitReportIsOneEntry() {
        // Articles travel on partitions of their own, so the last one stored says nothing of the others.
        Eventually.assertThat(() -> ids.forEach(id -> given().get("/api/articles/" + id).then().statusCode(200)));
        JsonPath timeline = given().queryParam("q", "Putin").queryParam("limit", 20).get("/api/timeline")
                .then().statusCode(200).extract().jsonPath();
        List<String> firstDays = timeline.getList("items.dateRange.start", String.class);
        assertThat(firstDays).isNotEmpty().isSortedAccordingTo(String::compareTo);

        // The two 2020 reports of a possible summit in New York "next month" are one entry with both sources.
        JsonPath september = given().queryParam("from", "2020-09").queryParam("to", "2020-09").get("/api/events")
                .then().statusCode(200).extract().jsonPath();
        List<List<String>> articlesPerEntry = september.getList("items.mentions.articleId");
        assertThat(articlesPerEntry.stream().map(list -> list.stream().collect(Collectors.toSet())))
                .anySatisfy(articles -> assertThat(articles).contains(ids.get(0), ids.get(1)));
    }
}

package news.timeline.ingest.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import news.timeline.contract.AsyncApiDocument;
import news.timeline.contract.SchemaVersion;
import news.timeline.contract.testing.ContractSchemas;
import news.timeline.contract.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** What ingest-service really writes to {@code articles}, checked against the AsyncAPI document it serves. */
@QuarkusTest
class ArticleContractTest {

    @Test
    void publishedArticlesFollowTheDocumentedSchema() {
        String marker = UUID.randomUUID().toString();
        authorized().contentType(ContentType.JSON).body("""
                        {"url": "https://news.example/%s", "title": "Summit", "text": "Leaders met on July 16. %s",
                         "publishedAt": "2018-07-24T09:30:00+02:00", "source": "Example", "language": "en"}"""
                        .formatted(marker, marker))
                .post("/api/articles").then().statusCode(202);
        authorized().contentType(ContentType.JSON).body("{\"text\": \"Only text. " + marker + "\"}")
                .post("/api/articles").then().statusCode(202);

        List<ConsumerRecord<String, String>> records = TopicReader.read("articles", Duration.ofSeconds(20),
                rs -> rs.stream().filter(r -> r.value().contains(marker)).count() == 2).stream()
                .filter(r -> r.value().contains(marker)).toList();

        assertThat(records).hasSize(2).allSatisfy(record -> {
            assertThat(ContractSchemas.violations("ArticleMessage", record.value())).isEmpty();
            assertThat(record.value()).contains("\"schemaVersion\":\"" + SchemaVersion.CURRENT + "\"");
        });
    }

    @Test
    void servesTheAsyncApiDocumentNextToTheOpenApiDocument() {
        given().get(AsyncApiDocument.PATH).then().statusCode(200)
                .contentType(startsWith(AsyncApiDocument.MEDIA_TYPE))
                .body(equalTo(AsyncApiDocument.yaml()));
    }
}

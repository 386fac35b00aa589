package news.timeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.timeline.contract.testing.ContractSchemas;

class AsyncApiDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void isAnAsyncApi3DocumentWithAChannelForEveryTopic() {
        JsonNode document = ContractSchemas.document();

        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyOperationNamesItsServiceAndAChannelOfTheDocument() {
        JsonNode document = ContractSchemas.document();

        document.path("operations").forEach(operation -> {
            assertThat(operation.path("x-service").asText()).endsWith("-service");
            String channel = operation.path("channel").path("$ref").asText().replace("#/channels/", "");
            assertThat(document.path("channels").has(channel)).as(channel).isTrue();
        });
    }

    @Test
    void theDeadLetterHeadersOfTheCodeAreTheDocumentedOnes() throws IllegalAccessException {
        JsonNode documented = ContractSchemas.document().path("components").path("schemas").path("DeadLetterHeaders")
                .path("properties");
        List<String> names = new ArrayList<>();
        for (var field : DeadLetterHeaders.class.getFields()) {
            names.add((String) field.get(null));
        }
        List<String> documentedNames = new ArrayList<>();
        documented.fieldNames().forEachRemaining(documentedNames::add);
        assertThat(documentedNames).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theSchemasTakeTheMessagesOfTheRecordsAndRefuseBrokenOnes() throws Exception {
        ArticleMessage article = new ArticleMessage(SchemaVersion.CURRENT, "a1", null, "Title", "It rained.",
                "2018-07-16", "Reuters", "en", "2018-07-16T10:00:00Z");
        EventMessage event = new EventMessage("2009-W35-WE", "week", "that weekend", 0, 12, "It rained",
                "It rained that weekend.", 0, 23, List.of("Met Office"), null, EventStatus.OCCURRED.label(), 0.8);
        ArticleEventsMessage events = new ArticleEventsMessage(SchemaVersion.CURRENT, "a1", null, null, null, "en",
                null, "2009-08-31", "given", "day", 1.0, List.of(), "2009-08-31T10:00:00Z", "test", "20090831T100000Z-0a1b2c",
                List.of(event), List.of("The flight crew heard a bang ."));

        assertThat(ContractSchemas.violations("ArticleMessage", json.writeValueAsString(article))).isEmpty();
        assertThat(ContractSchemas.violations("ArticleEventsMessage", json.writeValueAsString(events))).isEmpty();
        assertThat(ContractSchemas.violations("ArticleEventsMessage",
                json.writeValueAsString(events).replace("\"occurred\"", "\"rumoured\""))).isNotEmpty();
        assertThat(ContractSchemas.violations("ArticleMessage",
                json.writeValueAsString(article).replace("\"text\"", "\"body\""))).isNotEmpty();

        FeedRecord feed = new FeedRecord(SchemaVersion.CURRENT, "f1", "https://news.example/rss.xml", "Example", 600,
                false, "2018-07-16T10:00:00Z", null);
        FeedRecord polled = feed.withState(new FeedState("2018-07-16T10:05:00Z", "2018-07-16T10:05:00Z", null, null,
                0, 2, "2018-07-16T10:15:00Z", "\"v1\"", null, List.of("fp1", "fp2"), "ingest-1"));
        assertThat(ContractSchemas.violations("FeedRecord", json.writeValueAsString(feed))).isEmpty();
        assertThat(ContractSchemas.violations("FeedRecord", json.writeValueAsString(polled))).isEmpty();
        assertThat(ContractSchemas.violations("FeedRecord",
                json.writeValueAsString(polled).replace("\"itemsSeen\":2", "\"itemsSeen\":\"two\""))).isNotEmpty();
    }
}

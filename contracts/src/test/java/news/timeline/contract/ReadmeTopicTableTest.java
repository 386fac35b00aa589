package news.timeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import news.timeline.contract.testing.ContractSchemas;

/** The top README's topic table says what the AsyncAPI document says: topics, fields, headers, senders, receivers. */
class ReadmeTopicTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern MESSAGE = Pattern.compile("`(\\w+) \\{([^}]*)}`");
    private static final Pattern HEADER = Pattern.compile("`(dead-letter-[a-z-]+)`");
    private static final Pattern SERVICE = Pattern.compile("[a-z]+-service");

    private final JsonNode document = ContractSchemas.document();

    @Test
    void listsEveryTopicOfTheDocument() throws IOException {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void namesTheFieldsOfEachMessageInTheOrderOfItsSchema() throws IOException {
        JsonNode schemas = document.path("components").path("schemas");
        int messages = 0;
        for (List<String> row : rows().values()) {
            Matcher m = MESSAGE.matcher(row.get(2));
            while (m.find()) {
                JsonNode schema = schemas.path(m.group(1));
                assertThat(schema.isObject()).as("schema " + m.group(1)).isTrue();
                List<String> documented = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(documented::add);
                assertThat(Arrays.stream(m.group(2).split(",")).map(String::trim).toList()).as(m.group(1))
                        .isEqualTo(documented);
                messages++;
            }
        }
        assertThat(messages).isEqualTo(6);
    }

    @Test
    void namesEveryDeadLetterHeader() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher m = HEADER.matcher(rows().get(Topics.ARTICLES_DLQ).get(2));
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> documented = new TreeSet<>();
        document.path("components").path("schemas").path("DeadLetterHeaders").path("properties").fieldNames()
                .forEachRemaining(documented::add);
        assertThat(named).isEqualTo(documented);
    }

    @Test
    void namesTheServicesThatSendAndReceiveEachTopic() throws IOException {
        for (Map.Entry<String, List<String>> row : rows().entrySet()) {
            assertThat(services(row.getValue().get(3))).as("senders of " + row.getKey())
                    .isEqualTo(operations(row.getKey(), "send"));
            assertThat(services(row.getValue().get(4))).as("receivers of " + row.getKey())
                    .isEqualTo(operations(row.getKey(), "receive"));
        }
    }

    private Set<String> operations(String channel, String action) {
        Set<String> services = new TreeSet<>();
        document.path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals(action)
                    && operation.path("channel").path("$ref").asText().equals("#/channels/" + channel)) {
                services.add(operation.path("x-service").asText());
            }
        });
        return services;
    }

    private static Set<String> services(String cell) {
        Set<String> services = new TreeSet<>();
        Matcher m = SERVICE.matcher(cell);
        while (m.find()) {
            services.add(m.group());
        }
        return services;
    }

    /** The table's rows by topic, each as its cells. */
    private static Map<String, List<String>> rows() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (lines.get(i).startsWith("| Topic | Key | Message")) {
                header = i;
            }
        }
        assertThat(header).as("the topic table in README.md").isNotNegative();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = Arrays.stream(lines.get(i).substring(1).split("(?<!\\\\)\\|")).map(String::trim)
                    .toList();
            String topic = cells.get(0).replaceAll("`([^`]+)`.*", "$1");
            rows.put(topic, cells);
        }
        return rows;
    }
}

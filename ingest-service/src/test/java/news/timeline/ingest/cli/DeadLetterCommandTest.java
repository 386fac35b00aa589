package news.timeline.ingest.cli;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.ingest.DeadLetterWriter;
import news.timeline.ingest.TestKeys;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./timeline dlq} against the running service and the real broker: list, show, replay once, the key. */
@QuarkusTest
class DeadLetterCommandTest {

    @TestHTTPResource("/")
    URL service;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void listsShowsAndReplaysOnceWithTheKey() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        String value = "{\"id\":\"" + marker + "\",\"text\":\"On May 7, 2019, the council met.\"}";
        RecordMetadata at = DeadLetterWriter.write(marker, value, Map.of(
                "dead-letter-reason", "cli " + marker + "\n  on two lines", "dead-letter-topic", "articles"));
        String position = at.partition() + "/" + at.offset();

        String list = run(c -> c.list(marker));
        assertThat(list).contains(position, "articles", marker, "cli " + marker + " on two lines",
                "1 dead letter(s) with reason containing '" + marker + "'");
        assertThat(list.lines().filter(l -> l.startsWith(position + " "))).singleElement()
                .satisfies(line -> assertThat(line).contains(" no "));

        assertThat(run(c -> c.show(position))).contains("\"value\" : " + "\"{\\\"id\\\":\\\"" + marker);

        assertThat(run(c -> c.replay(marker))).contains("replayed " + position + " -> articles (key " + marker + ")",
                "1 replayed; 0 replayed before (skipped)");
        assertThat(run(c -> c.replay(marker))).contains("0 replayed; 1 replayed before (skipped)");
        assertThat(run(c -> c.list(marker)).lines().filter(l -> l.startsWith(position + " "))).singleElement()
                .satisfies(line -> assertThat(line).contains(" yes "));
    }

    @Test
    void aMissingOrWrongKeyIsToldAsSuch() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DeadLetterCommand(service.toString(), null, out).list(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wants an API key");
        assertThatThrownBy(() -> new DeadLetterCommand(service.toString(), "wrong", out).replay(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not accept");
        assertThatThrownBy(() -> new DeadLetterCommand(service.toString(), TestKeys.KEY, out).show("nonsense"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private interface Use {
        void on(DeadLetterCommand command) throws Exception;
    }

    private String run(Use use) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        use.on(new DeadLetterCommand(service.toString(), TestKeys.KEY,
                new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

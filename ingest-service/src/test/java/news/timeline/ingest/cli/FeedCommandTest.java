package news.timeline.ingest.cli;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.timeline.ingest.TestKeys;
import news.timeline.ingest.feed.FeedPollingTest;
import news.timeline.ingest.feed.FeedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./timeline feed add|list|remove} against the running service, polling a local feed. */
@QuarkusTest
@TestProfile(FeedPollingTest.LocalFeeds.class)
class FeedCommandTest {

    @TestHTTPResource("/")
    URL service;

    private static FeedServer server;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void startServer() throws Exception {
        server = new FeedServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void addsListsWithStateAndRemoves() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String path = "/cli-" + run + ".json";
        server.serve(path, FeedServer.Answer.ok("application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "CLI %s",
                 "items": [{"id": "1", "url": "https://cli.example/%s/1", "content_text": "Polls open on May 5, 2026."},
                           {"id": "2", "url": "https://cli.example/%s/2", "content_text": "Polls close on May 6, 2026."}]}
                """.formatted(run, run, run), "\"cli\""));
        FeedCommand command = new FeedCommand(service.toString(), TestKeys.KEY, out);

        String added = run(() -> command.add(server.url(path), "CLI source", 1L, false));
        assertThat(added).startsWith("subscribed ").contains(server.url(path), "every 1 s");
        String id = added.substring("subscribed ".length(), added.indexOf(':'));

        long deadline = System.nanoTime() + 60_000_000_000L;
        String row;
        do {
            Thread.sleep(200);
            row = run(command::list).lines().filter(l -> l.startsWith(id + " ")).findFirst().orElse("");
        } while (!row.matches(".*\\s2\\s+0\\s+test-instance\\s.*") && System.nanoTime() < deadline);
        assertThat(row).as("two items seen, no failure, polled by this instance")
                .matches(".*\\s2\\s+0\\s+test-instance\\s+" + java.util.regex.Pattern.quote(server.url(path)));

        assertThat(run(() -> command.remove(id))).contains("unsubscribed " + id);
        assertThat(run(command::list)).doesNotContain(id + " ");
        assertThatThrownBy(() -> command.remove(id)).hasMessageContaining("404");
        assertThatThrownBy(() -> new FeedCommand(service.toString(), null, out).add(server.url(path), null, null,
                false)).hasMessageContaining("wants an API key");
    }

    /** One verb of the command. */
    private interface Verb {
        void run() throws Exception;
    }

    /** What the verb printed. */
    private String run(Verb verb) throws Exception {
        printed.reset();
        verb.run();
        return printed.toString(StandardCharsets.UTF_8);
    }
}

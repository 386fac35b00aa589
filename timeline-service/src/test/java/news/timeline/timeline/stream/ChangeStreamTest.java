package news.timeline.timeline.stream;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.SseClient;
import news.timeline.timeline.support.Topics;

/**
 * GET /api/stream and the topic timeline-changes against the real store and broker: articles are stored through the
 * merge as the consumer stores them, and the stream is read as a program would, line by line over HTTP.
 */
@QuarkusTest
class ChangeStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeRetention retention;

    @Inject
    ChangePoller poller;

    private int year;

    @BeforeEach
    void freshYear() {
        year = Articles.freshYear();
    }

    /** The stream of this test's year only: other tests' changes never show. */
    private SseClient openYear(String parameters, Map<String, String> headers) throws Exception {
        SseClient client = SseClient.open("/api/stream?from=" + year + "&to=" + year + parameters, headers);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.contentType()).startsWith("text/event-stream");
        // The first line tells that the stream is open: what happens from now on is in it.
        assertThat(client.next(WAIT).comment()).isEqualTo("stream open");
        return client;
    }

    private void store(String text, List<String> actors, String date) {
        ingestion.ingest(article(Articles.freshId(), "Reuters", text, event(date, text, actors, null, "occurred")));
    }

    private static JsonNode data(SseClient.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    private static Predicate<SseClient.Event> about(String text) {
        return e -> e.data() != null && e.data().contains(text);
    }

    private static long id(SseClient.Event event) {
        return Long.parseLong(event.id());
    }

    @Test
    void deliversAChangeMadeAfterSubscribingAsTheEntryOfTheEventsListing() throws Exception {
        try (SseClient client = openYear("", Map.of())) {
            store("Varno harbour reopened after the storm", List.of("Varno port authority"), year + "-02-11");

            SseClient.Event created = client.until(about("Varno harbour"), WAIT).get(0);
            assertThat(created.name()).isEqualTo("created");
            JsonNode entry = data(created);
            // The same view as /api/events gives of the entry.
            JsonNode listed = JSON.readTree(given().queryParam("from", String.valueOf(year))
                    .queryParam("to", String.valueOf(year)).get("/api/events").asString()).get("items").get(0);
            assertThat(entry.get("id")).isEqualTo(listed.get("id"));
            assertThat(entry.get("text").asText()).isEqualTo("Varno harbour reopened after the storm");
            assertThat(entry.get("date").asText()).isEqualTo(year + "-02-11");
            assertThat(entry.get("mentionCount").asInt()).isEqualTo(1);
            assertThat(id(created)).isEqualTo(seqsOf(entry.get("id").asLong()).get(0));

            // A second report of the same event updates the entry.
            ingestion.ingest(article(Articles.freshId(), "The Guardian", "Harbour",
                    event(year + "-02-11", "Varno harbour reopened after the storm", List.of("Varno port authority"),
                            null, "occurred")));
            SseClient.Event updated = client.until(about("Varno harbour"), WAIT).get(0);
            assertThat(updated.name()).isEqualTo("updated");
            assertThat(id(updated)).isGreaterThan(id(created));
            assertThat(data(updated).get("mentionCount").asInt()).isEqualTo(2);
            assertThat(data(updated).get("sources").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aDeletedEntryComesAsItsId() throws Exception {
        String article = Articles.freshId();
        ingestion.ingest(article(article, "Reuters", "Dam", event(year + "-05-02", "The Selva dam was opened",
                List.of("Selva council"), null, "occurred")));
        long entry = JSON.readTree(given().queryParam("from", String.valueOf(year))
                .queryParam("to", String.valueOf(year)).get("/api/events").asString()).get("items").get(0).get("id")
                .asLong();
        try (SseClient client = openYear("", Map.of())) {
            // The article's new version no longer reports the dam: its entry is left without reports and goes.
            ingestion.ingest(article(article, "Reuters", "Dam", event(year + "-09-20",
                    "The Selva bridge was closed for repairs", List.of("Selva council"), null, "occurred")));
            // The entry's own deletion, whatever else the year's stream carries meanwhile.
            List<SseClient.Event> events = client.until(e -> "deleted".equals(e.name())
                    && data(e).path("id").asLong() == entry, WAIT);
            SseClient.Event deleted = events.get(events.size() - 1);
            assertThat(data(deleted).size()).isEqualTo(1);
        }
    }

    @Test
    void resumingWithLastEventIdGetsExactlyWhatWasMissedThenTheLiveChanges() throws Exception {
        long first;
        try (SseClient client = openYear("", Map.of())) {
            store("Tarvik mayor opened the new library", List.of("Tarvik mayor"), year + "-03-01");
            first = id(client.until(about("Tarvik mayor"), WAIT).get(0));
        }
        // While no client listens: a new entry, the first one updated, another new one, and a change of another year.
        store("Orsen river flooded the lower town", List.of("Orsen council"), year + "-04-02");
        store("Unrelated event of another year", List.of(), Articles.freshYear() + "-01-01");
        store("Tarvik mayor opened the new library", List.of("Tarvik mayor"), year + "-03-01");
        store("Kessa mine closed after the strike", List.of("Kessa miners"), year + "-06-15");
        List<Long> missed = seqsOfYearAfter(first);
        assertThat(missed).hasSize(3);

        try (SseClient client = openYear("", Map.of("Last-Event-ID", String.valueOf(first)))) {
            List<SseClient.Event> replay = client.until(about("Kessa mine"), WAIT);
            assertThat(replay).extracting(ChangeStreamTest::id).containsExactlyElementsOf(missed);
            assertThat(replay).extracting(SseClient.Event::name).containsExactly("created", "updated", "created");

            // Then the live feed, without a gap or a repeat.
            store("Orsen bridge was rebuilt", List.of("Orsen council"), year + "-08-08");
            List<SseClient.Event> live = client.until(about("Orsen bridge"), WAIT);
            assertThat(live).extracting(ChangeStreamTest::id)
                    .containsExactlyElementsOf(seqsOfYearAfter(missed.get(missed.size() - 1)));
        }
        // The same from the parameter, for clients that cannot set the header.
        try (SseClient client = openYear("&lastEventId=" + first, Map.of())) {
            assertThat(client.until(about("Orsen bridge"), WAIT)).extracting(ChangeStreamTest::id)
                    .containsExactlyElementsOf(seqsOfYearAfter(first)).hasSize(4);
        }
    }

    @Test
    void aCatchUpLongerThanAPageComesWholeAndInOrder() throws Exception {
        long before = latestSeq();
        int count = 14; // more than three pages of the test profile's page size (4)
        for (int i = 0; i < count; i++) {
            store("Quarry " + i + " of Lunde was inspected", List.of("Lunde inspector " + i), year + "-07-" + (10 + i));
        }
        try (SseClient client = openYear("", Map.of("Last-Event-ID", String.valueOf(before)))) {
            List<SseClient.Event> replay = client.until(about("Quarry " + (count - 1) + " of Lunde"), WAIT);
            assertThat(replay).extracting(ChangeStreamTest::id).containsExactlyElementsOf(seqsOfYearAfter(before));
            assertThat(replay).hasSize(count);
        }
    }

    @Test
    void theFilterDeliversOnlyMatchingEntries() throws Exception {
        try (SseClient byEntity = openYear("&entity=Brannic", Map.of());
                SseClient byWords = openYear("&q=granary%20Ulm", Map.of())) {
            store("Teodor Brannic visited the shipyard", List.of("Teodor Brannic"), year + "-10-01");
            store("A granary burned near Ulmerby", List.of("Ulmerby fire service"), year + "-10-02");
            store("Elsa Morrow opened the granary museum", List.of("Elsa Morrow"), year + "-10-03");
            // A last change each matches, to know that anything between them has arrived.
            store("Brannic signed the granary Ulmerby lease", List.of("Teodor Brannic"), year + "-10-04");

            List<SseClient.Event> entity = byEntity.until(about("lease"), WAIT);
            assertThat(entity).extracting(e -> data(e).get("text").asText())
                    .containsExactly("Teodor Brannic visited the shipyard", "Brannic signed the granary Ulmerby lease");
            List<SseClient.Event> words = byWords.until(about("lease"), WAIT);
            assertThat(words).extracting(e -> data(e).get("text").asText())
                    .containsExactly("A granary burned near Ulmerby", "Brannic signed the granary Ulmerby lease");
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() throws Exception {
        try (SseClient client = openYear("", Map.of())) {
            // The test profile beats every second (15 s by default).
            SseClient.Event event = client.next(Duration.ofSeconds(10));
            assertThat(event).isNotNull();
            assertThat(event.comment()).isEqualTo("heartbeat");
        }
    }

    @Test
    void theTopicReceivesTheChangeRecordsKeyedByEntry() throws Exception {
        store("Pellin observatory found a comet", List.of("Pellin observatory"), year + "-11-11");
        long entry = JSON.readTree(given().queryParam("from", String.valueOf(year))
                .queryParam("to", String.valueOf(year)).get("/api/events").asString()).get("items").get(0).get("id")
                .asLong();
        List<ConsumerRecord<String, String>> records = Topics.readUntilKey(KafkaResource.CHANGES, String.valueOf(entry));
        List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> r.key().equals(String.valueOf(entry)))
                .toList();
        assertThat(ours).hasSize(1);
        JsonNode value = JSON.readTree(ours.get(0).value());
        assertThat(value.get("kind").asText()).isEqualTo("created");
        assertThat(value.get("entryId").asLong()).isEqualTo(entry);
        assertThat(value.get("seq").asLong()).isEqualTo(seqsOf(entry).get(0));
        assertThat(value.get("entry").get("text").asText()).isEqualTo("Pellin observatory found a comet");
        assertThat(Instant.parse(value.get("changedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void anIdOlderThanTheChangesKeptOrNewerThanAnyIsAClearError() throws Exception {
        store("Harl station was renamed", List.of("Harl railway"), year + "-12-01");
        long latest = latestSeq();
        // Pruning never passes what the relay has not yet sent to Kafka.
        Eventually.assertThat(() -> assertThat(mark("published")).isGreaterThanOrEqualTo(latest));
        assertThat(retention.prune(Instant.now().plusSeconds(1))).isPositive();
        long pruned = mark("pruned");
        assertThat(pruned).isPositive().isLessThan(latest + 1);

        given().header("Last-Event-ID", String.valueOf(pruned - 1)).when().get("/api/stream").then()
                .statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("/problems/changes-gone")).body("status", equalTo(410))
                .body("detail", containsString("no longer kept"));
        given().queryParam("lastEventId", latest + 1_000_000).when().get("/api/stream").then()
                .statusCode(410).contentType("application/problem+json")
                .body("detail", containsString("past the newest change"));
        given().header("Last-Event-ID", "yesterday").when().get("/api/stream").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Last-Event-ID"));
        // Right at the pruned mark nothing is missing: the stream opens.
        try (SseClient client = openYear("", Map.of("Last-Event-ID", String.valueOf(pruned)))) {
            assertThat(client.status()).isEqualTo(200);
        }
    }

    @Test
    void theStreamIsDocumentedInOpenApiWithAnExampleStream() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/stream'.get.summary", notNullValue())
                .body("paths.'/api/stream'.get.parameters.name", hasItems("from", "to", "q", "entity",
                        "Last-Event-ID", "lastEventId"))
                .body("paths.'/api/stream'.get.responses.'200'.content.'text/event-stream'.examples.stream.value",
                        containsString("event: created"))
                .body("paths.'/api/stream'.get.responses.'410'.content.'application/problem+json'.examples",
                        notNullValue());
    }

    @Test
    void theFeedNeverPassesAChangeStillBeingCommitted() throws Exception {
        long entry = 9_000_000_000L + year;
        Thread later = new Thread(() -> store("Mirel lighthouse was restored", List.of("Mirel trust"), year + "-01-20"));
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            // The statement ChangeLog writes, left uncommitted: its seq is taken, not yet visible.
            try (PreparedStatement insert = writer.prepareStatement("with lock as (select pg_advisory_xact_lock_shared("
                    + ChangeLog.LOCK_NAMESPACE + ", " + ChangeLog.LOCK_KEY + ")) insert into entry_change"
                    + " (entry_id, kind) select ?, 'updated' from lock returning seq")) {
                insert.setLong(1, entry);
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    long uncommitted = r.getLong(1);
                    // Another merge commits meanwhile (or waits behind the poller, which waits for this writer).
                    later.start();
                    Thread.sleep(1500);
                    assertThat(poller.delivered()).isLessThan(uncommitted);
                    writer.commit();
                    later.join(WAIT.toMillis());
                    long latest = latestSeq();
                    assertThat(latest).isGreaterThan(uncommitted);
                    Eventually.assertThat(() -> assertThat(poller.delivered()).isGreaterThanOrEqualTo(latest));
                }
            }
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement delete = c.prepareStatement("delete from entry_change where entry_id = ?")) {
                delete.setLong(1, entry);
                delete.executeUpdate();
            }
        }
    }

    /** The change seqs of the entries of this test's year after a seq, from the change log itself. */
    private List<Long> seqsOfYearAfter(long after) throws SQLException {
        return longs("select c.seq from entry_change c join timeline_entry e on e.id = c.entry_id"
                + " where c.seq > ? and e.date_start >= make_date(cast(? as int), 1, 1) and e.date_end <= make_date(cast(? as int), 12, 31)"
                + " order by c.seq", after, year, year);
    }

    private List<Long> seqsOf(long entry) throws SQLException {
        return longs("select seq from entry_change where entry_id = ? order by seq", entry);
    }

    private long latestSeq() throws SQLException {
        return longs("select coalesce(max(seq), 0) from entry_change").get(0);
    }

    private long mark(String name) {
        try {
            return longs("select seq from entry_change_mark where name = '" + name + "'").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> longs(String sql, long... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setLong(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        }
    }
}

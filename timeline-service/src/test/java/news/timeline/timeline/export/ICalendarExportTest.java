package news.timeline.timeline.export;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

@QuarkusTest
class ICalendarExportTest {

    /** Longer than a content line, with characters of two, three and four octets, and what TEXT must escape. */
    private static final String LONG = "Relm's parliament will vote; Tavor, Orvo and Dask will watch \\ the "
            + "ceremony in Kirsk — café, Zürich-style, 会议 and 🎉 included, over several long days";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleIngestionService ingestion;

    private int year;

    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        EventMessage vote = event(year + "-10", "Relm will hold a vote", List.of("Relm"), "Kirsk", "planned");
        EventMessage ceremony = event(year + "-06-12", LONG, List.of("Relm", "Tavor"), null, "planned");
        EventMessage ceasefire = event(year + "-03-02", "Relm and Tavor agreed a ceasefire", List.of("Tavor"), null,
                "occurred");
        ingestion.ingest(article(Articles.freshId(), "Outlet 1", "Relm news", vote, ceremony, ceasefire));
        ingestion.ingest(article(Articles.freshId(), "Outlet 2", "Relm news", vote));
    }

    private Response calendar(String... params) {
        var request = given().accept("text/calendar").queryParam("from", year).queryParam("to", year);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/events").then().statusCode(200).extract().response();
    }

    @Test
    void oneEventPerPlannedEntryParsedByALibrary() throws Exception {
        Response response = calendar();
        assertThat(response.contentType()).startsWith("text/calendar").contains("charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.asString()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> vevents = calendar.getComponents().stream().filter(VEvent.class::isInstance)
                .map(VEvent.class::cast).toList();

        JsonNode listing = JSON.readTree(given().accept("application/json").queryParam("from", year)
                .queryParam("to", year).when().get("/api/events").then().statusCode(200).extract().asString());
        Map<String, JsonNode> planned = new HashMap<>();
        listing.get("items").forEach(e -> {
            if (e.get("status").asText().equals("planned")) {
                planned.put(ICalendarExport.uid(e.get("id").asLong()), e);
            }
        });
        assertThat(planned).hasSize(2);
        assertThat(vevents).hasSize(2);
        for (VEvent vevent : vevents) {
            JsonNode entry = planned.get(value(vevent, Property.UID));
            assertThat(entry).isNotNull();
            assertThat(value(vevent, Property.SUMMARY)).isEqualTo(entry.get("text").asText());
            LocalDate start = LocalDate.parse(entry.at("/dateRange/start").asText());
            LocalDate end = LocalDate.parse(entry.at("/dateRange/end").asText());
            assertThat(vevent.getStartDate().orElseThrow().getDate()).isEqualTo(start);
            assertThat(vevent.getEndDate().orElseThrow().getDate()).isEqualTo(end.plusDays(1));
            assertThat(vevent.getProperty(Property.DTSTAMP)).isPresent();
            String description = value(vevent, Property.DESCRIPTION);
            assertThat(description).startsWith(entry.get("text").asText());
            for (JsonNode mention : entry.get("mentions")) {
                assertThat(description).contains(mention.get("source").asText() + ": " + mention.get("title").asText()
                        + " <" + mention.get("url").asText() + ">");
            }
        }
        VEvent vote = vevents.stream().filter(v -> value(v, Property.SUMMARY).equals("Relm will hold a vote"))
                .findFirst().orElseThrow();
        // A month-long plan spans the month: October 1 to November 1, exclusive.
        assertThat(vote.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(year, 10, 1));
        assertThat(vote.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(year, 11, 1));
        assertThat(value(vote, Property.LOCATION)).isEqualTo("Kirsk");
        assertThat(value(vote, Property.DESCRIPTION)).contains("(2 outlets, 2 reports)");
    }

    @Test
    void longTextIsFoldedAtSeventyFiveOctetsAndRoundTrips() throws Exception {
        String ics = calendar().asString();
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n", "\r");
        }
        assertThat(ics).contains("\r\n ");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents().stream().filter(VEvent.class::isInstance)
                .map(v -> value((VEvent) v, Property.SUMMARY))).contains(LONG);
    }

    @Test
    void uidsStayTheSameAcrossExportsAndPagesFollowTheLinkHeader() throws Exception {
        Response first = calendar("size", "1");
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        String second = given().accept("text/calendar").when().get(next).then().statusCode(200).extract().asString();
        assertThat(given().accept("text/calendar").when().get(next).then().extract().header("Link")).isNull();
        String uid1 = uids(first.asString()).get(0);
        String uid2 = uids(second).get(0);
        assertThat(uid1).isNotEqualTo(uid2);
        assertThat(uids(calendar().asString())).containsExactly(uid1, uid2);
        assertThat(uids(given().queryParam("format", "ics").queryParam("from", year).queryParam("to", year)
                .when().get("/api/events").then().statusCode(200).extract().asString())).containsExactly(uid1, uid2);
    }

    @Test
    void aHostileArticleStaysText() throws Exception {
        int hostileYear = Articles.freshYear();
        String statement = "<script>alert(1)</script> Relm will vote; Tavor, too";
        String id = Articles.freshId();
        ArticleEventsMessage plain = article(id, "Outlet 1", "<b>Relm</b>",
                event(hostileYear + "-04-04", statement, List.of("Relm"), null, "planned"));
        ingestion.ingest(new ArticleEventsMessage(SchemaVersion.CURRENT, id, "javascript:alert(2)", plain.title(),
                plain.source(), plain.language(), plain.publishedAt(), plain.dct(), plain.dctSource(), plain.dctGranularity(),
                plain.dctConfidence(), plain.dctEvidence(), plain.extractedAt(), plain.engineVersion(), plain.reprocessRun(),
                plain.events(), null));
        String ics = given().accept("text/calendar").queryParam("from", hostileYear).queryParam("to", hostileYear)
                .when().get("/api/events").then().statusCode(200).extract().asString();
        VEvent vevent = new CalendarBuilder().build(new StringReader(ics)).getComponents().stream()
                .filter(VEvent.class::isInstance).map(VEvent.class::cast).findFirst().orElseThrow();
        assertThat(value(vevent, Property.SUMMARY)).isEqualTo(statement);
        // Only a web URL is the event's link; the other one stays text in the description.
        assertThat(vevent.getProperty(Property.URL)).isEmpty();
        assertThat(value(vevent, Property.DESCRIPTION)).contains("<javascript:alert(2)>");
        assertThat(ics).contains("SUMMARY:<script>alert(1)</script> Relm will vote\\; Tavor\\, too");
    }

    private static List<String> uids(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents().stream()
                .filter(VEvent.class::isInstance).map(v -> value((VEvent) v, Property.UID)).toList();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}

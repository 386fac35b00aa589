package news.timeline.timeline.export;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

@QuarkusTest
class TimelineJsExportTest {

    /** The properties TimelineJS3's JSON format documents for each object (timeline.knightlab.com/docs/json-format). */
    private static final Set<String> DOCUMENT = Set.of("events", "title", "eras", "scale");
    private static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");
    private static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second", "millisecond",
            "display_date", "format");
    private static final Set<String> TEXT = Set.of("headline", "text");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleIngestionService ingestion;

    private int year;

    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        EventMessage summit = event(year + "-07-16", "Relm and Tavor met in Kirsk", List.of("Relm", "Tavor"), "Kirsk",
                "occurred");
        EventMessage vote = event(year + "-10", "Relm will hold a vote", List.of("Relm"), null, "planned");
        EventMessage talks = event(year + "-W05", "Tavor held talks all week", List.of("Tavor"), null, "occurred");
        ingestion.ingest(article(Articles.freshId(), "Outlet 1", "Relm news", summit, vote, talks));
        ingestion.ingest(article(Articles.freshId(), "Outlet 2", "Relm news", summit, vote));
        ingestion.ingest(article(Articles.freshId(), "Outlet 3", "Relm news", summit));
    }

    private JsonNode export(String accept, String... params) throws Exception {
        var request = given().accept(accept).queryParam("from", year).queryParam("to", year);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return JSON.readTree(request.when().get("/api/timeline").then().statusCode(200).extract().asString());
    }

    @Test
    void usesOnlyTheDocumentedFieldsWithTheirDocumentedTypes() throws Exception {
        JsonNode doc = export(ExportFormats.TIMELINEJS);
        assertThat(names(doc)).isSubsetOf(DOCUMENT).contains("events");
        assertThat(doc.get("events")).hasSize(3);
        List<JsonNode> slides = new ArrayList<>();
        doc.get("events").forEach(slides::add);
        slides.add(doc.get("title"));
        for (JsonNode slide : slides) {
            assertThat(names(slide)).isSubsetOf(SLIDE);
            assertThat(names(slide.get("text"))).isSubsetOf(TEXT);
            for (String date : List.of("start_date", "end_date")) {
                if (slide.has(date)) {
                    assertThat(names(slide.get(date))).isSubsetOf(DATE).contains("year");
                    slide.get(date).forEach(part -> assertThat(part.isInt()).isTrue());
                }
            }
        }
        doc.get("events").forEach(slide -> assertThat(slide.has("start_date")).isTrue());
    }

    @Test
    void roundTripsTheTimelineDatesHeadlinesAndSources() throws Exception {
        JsonNode timeline = export("application/json");
        JsonNode doc = export(ExportFormats.TIMELINEJS);
        assertThat(doc.get("events")).hasSize(timeline.get("items").size());
        for (int i = 0; i < timeline.get("items").size(); i++) {
            JsonNode item = timeline.get("items").get(i);
            JsonNode slide = doc.get("events").get(i);
            assertThat(slide.at("/text/headline").asText()).isEqualTo(item.get("summary").asText());
            assertThat(slide.get("group").asText()).isEqualTo(item.get("status").asText());
            assertThat(slide.get("unique_id").asText()).isEqualTo("entry-" + item.get("id").asLong());
            for (JsonNode outlet : item.get("outlets")) {
                assertThat(slide.at("/text/text").asText())
                        .contains("<a href=\"" + outlet.get("url").asText() + "\">" + outlet.get("name").asText()
                                + "</a>");
            }
        }
        JsonNode talks = slide(doc, "Tavor held talks all week");
        // The ISO week: Monday to Sunday, to the day.
        LocalDate monday = LocalDate.of(year, 2, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 5).with(DayOfWeek.MONDAY);
        assertThat(talks.get("start_date")).isEqualTo(parts(monday));
        assertThat(talks.get("end_date")).isEqualTo(parts(monday.plusDays(6)));

        JsonNode summit = slide(doc, "Relm and Tavor met in Kirsk");
        assertThat(summit.get("start_date")).isEqualTo(parts(LocalDate.of(year, 7, 16)));
        assertThat(summit.has("end_date")).isFalse();
        assertThat(summit.at("/text/text").asText()).contains("(3 outlets, 3 reports)");

        // A month is the month: start and end to the month, no day.
        JsonNode vote = slide(doc, "Relm will hold a vote");
        JsonNode october = JSON.readTree("{\"year\":" + year + ",\"month\":10}");
        assertThat(vote.get("start_date")).isEqualTo(october);
        assertThat(vote.get("end_date")).isEqualTo(october);
        assertThat(vote.get("group").asText()).isEqualTo("planned");
    }

    private static JsonNode slide(JsonNode doc, String headline) {
        for (JsonNode slide : doc.get("events")) {
            if (slide.at("/text/headline").asText().equals(headline)) {
                return slide;
            }
        }
        throw new AssertionError("no slide headed " + headline + " in " + doc);
    }

    private static JsonNode parts(LocalDate day) {
        return JSON.valueToTree(Map.of("year", day.getYear(), "month", day.getMonthValue(), "day",
                day.getDayOfMonth()));
    }

    @Test
    void formatParameterChoosesTheExportWhateverTheAcceptHeader() throws Exception {
        String byAccept = given().accept(ExportFormats.TIMELINEJS).queryParam("from", year).queryParam("to", year)
                .when().get("/api/timeline").then().statusCode(200)
                .contentType(ExportFormats.TIMELINEJS).extract().asString();
        String byFormat = given().accept("application/json").queryParam("from", year).queryParam("to", year)
                .queryParam("format", "timelinejs").when().get("/api/timeline").then().statusCode(200)
                .contentType(ExportFormats.TIMELINEJS).extract().asString();
        assertThat(JSON.readTree(byFormat)).isEqualTo(JSON.readTree(byAccept));
        given().queryParam("format", "pdf").when().get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void articleTextIsEscapedAndOnlyWebUrlsAreLinked() throws Exception {
        int hostileYear = Articles.freshYear();
        EventMessage hostile = event(hostileYear + "-03-03", "<script>alert(1)</script> Relm & \"Tavor\" met",
                List.of("<img src=x onerror=alert(2)>"), "<b>Kirsk</b>", "occurred");
        String id = Articles.freshId();
        ArticleEventsMessage plain = article(id, "<i>Outlet</i>", "<script>alert(3)</script>", hostile);
        ingestion.ingest(new ArticleEventsMessage(SchemaVersion.CURRENT, id, "javascript:alert(4)", plain.title(),
                plain.source(), plain.language(), plain.publishedAt(), plain.dct(), plain.dctSource(), plain.dctGranularity(),
                plain.dctConfidence(), plain.dctEvidence(), plain.extractedAt(), plain.engineVersion(), plain.reprocessRun(),
                plain.events(), null));
        String body = given().accept(ExportFormats.TIMELINEJS).queryParam("from", hostileYear)
                .queryParam("to", hostileYear).when().get("/api/timeline").then().statusCode(200).extract().asString();
        JsonNode slide = JSON.readTree(body).get("events").get(0);
        String html = slide.at("/text/headline").asText() + slide.at("/text/text").asText();
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>", "javascript:alert(4)\"", "href=\"javascript");
        assertThat(slide.at("/text/headline").asText())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; Relm &amp; &quot;Tavor&quot; met");
        assertThat(slide.at("/text/text").asText()).contains("&lt;img src=x onerror=alert(2)&gt;",
                "&lt;b&gt;Kirsk&lt;/b&gt;", "<li>&lt;i&gt;Outlet&lt;/i&gt;: &lt;script&gt;alert(3)&lt;/script&gt;</li>");
        assertThat(slide.get("autolink").asBoolean(true)).isFalse();
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package news.timeline.timeline.export;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import news.timeline.contract.EventMessage;
import news.timeline.timeline.merge.ArticleIngestionService;
import news.timeline.timeline.support.Articles;

@QuarkusTest
class CsvExportTest {

    /** Quotes, commas and a line break: every character RFC 4180 has to quote. */
    private static final String TRICKY = "Relm said \"no, never\", then\nleft Kirsk";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleIngestionService ingestion;

    private int year;

    @BeforeEach
    void seed() {
        year = Articles.freshYear();
        EventMessage tricky = event(year + "-03-02", TRICKY, List.of("Relm", "Tavor"), "Kirsk", "occurred");
        EventMessage vote = event(year + "-10", "Relm will hold a vote", List.of("Relm"), null, "planned");
        EventMessage school = event(year + "-05-05", "Orvo opened a school", List.of("Orvo"), null, "occurred");
        ingestion.ingest(article(Articles.freshId(), "Outlet, Inc.", "Relm news", tricky, vote));
        ingestion.ingest(article(Articles.freshId(), "Outlet 2", "Relm news", tricky, vote));
        ingestion.ingest(article(Articles.freshId(), "Outlet 3", "Orvo news", school));
    }

    private Response get(String accept, String... params) {
        var request = given().accept(accept).queryParam("from", year).queryParam("to", year);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/events").then().statusCode(200).extract().response();
    }

    private static List<CSVRecord> parse(String csv, List<String> header) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(header);
            return parser.getRecords();
        }
    }

    @Test
    void oneRowPerEventRoundTripsTheListing() throws Exception {
        Response response = get("text/csv");
        assertThat(response.contentType()).startsWith("text/csv").contains("charset=UTF-8");
        String csv = response.asString();
        // RFC 4180: CRLF ends every record; the statement's own line break stays inside its quoted field.
        assertThat(csv).contains("\"Relm said \"\"no, never\"\", then\nleft Kirsk\"").endsWith("\r\n");
        List<CSVRecord> rows = parse(csv, CsvExport.EVENT_COLUMNS);
        JsonNode listing = JSON.readTree(get("application/json").asString()).get("items");
        assertThat(rows).hasSize(3).hasSize(listing.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode event = listing.get(i);
            assertThat(row.get("id")).isEqualTo(event.get("id").asText());
            assertThat(row.get("date")).isEqualTo(event.get("date").asText());
            assertThat(row.get("granularity")).isEqualTo(event.get("granularity").asText());
            assertThat(row.get("start")).isEqualTo(event.at("/dateRange/start").asText());
            assertThat(row.get("end")).isEqualTo(event.at("/dateRange/end").asText());
            assertThat(row.get("status")).isEqualTo(event.get("status").asText());
            assertThat(row.get("statement")).isEqualTo(event.get("text").asText());
            assertThat(row.get("location")).isEqualTo(event.path("location").asText(""));
            assertThat(row.get("sources")).isEqualTo(event.get("sources").asText());
            assertThat(row.get("mentions")).isEqualTo(event.get("mentionCount").asText());
            assertThat(row.get("mentions_url")).isEqualTo(event.get("mentionsUrl").asText());
            List<String> actors = new ArrayList<>();
            event.get("actors").forEach(a -> actors.add(a.asText()));
            assertThat(row.get("actors")).isEqualTo(String.join("; ", actors));
        }
        CSVRecord tricky = rows.get(0);
        assertThat(tricky.get("statement")).isEqualTo(TRICKY);
        assertThat(tricky.get("outlets")).isEqualTo("Outlet, Inc.; Outlet 2");
        assertThat(tricky.get("urls").split(" ")).hasSize(2).allMatch(url -> url.startsWith("https://news.example/"));
    }

    @Test
    void pagesFollowTheLinkHeaderWithTheFormatKept() throws Exception {
        List<String> ids = new ArrayList<>();
        String next = "/api/events?from=" + year + "&to=" + year + "&size=1&format=csv";
        int pages = 0;
        while (next != null) {
            Response page = given().accept("application/json").when().get(next).then().statusCode(200).extract()
                    .response();
            assertThat(page.contentType()).startsWith("text/csv");
            List<CSVRecord> rows = parse(page.asString(), CsvExport.EVENT_COLUMNS);
            assertThat(rows).hasSize(1);
            ids.add(rows.get(0).get("id"));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(ids)).hasSize(3);
    }

    @Test
    void oneRowPerReportWithGranularityMention() throws Exception {
        List<CSVRecord> rows = parse(get("text/csv", "granularity", "mention").asString(), CsvExport.REPORT_COLUMNS);
        assertThat(rows).hasSize(5);
        JsonNode listing = JSON.readTree(get("application/json").asString()).get("items");
        int reports = 0;
        for (JsonNode event : listing) {
            reports += event.get("mentionCount").asInt();
            for (JsonNode mention : event.get("mentions")) {
                assertThat(rows).anySatisfy(row -> {
                    assertThat(row.get("event_id")).isEqualTo(event.get("id").asText());
                    assertThat(row.get("article_id")).isEqualTo(mention.get("articleId").asText());
                    assertThat(row.get("url")).isEqualTo(mention.get("url").asText());
                    assertThat(row.get("source")).isEqualTo(mention.get("source").asText());
                    assertThat(row.get("statement")).isEqualTo(mention.get("text").asText());
                    assertThat(row.get("sentence")).isEqualTo(mention.get("sentence").asText());
                    assertThat(row.get("event_status")).isEqualTo(event.get("status").asText());
                });
            }
        }
        assertThat(rows).hasSize(reports);
        assertThat(rows).filteredOn(row -> row.get("statement").equals(TRICKY)).hasSize(2);
    }

    @Test
    void reportPagesCoverEveryReportOnceAcrossEntries() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = cursor == null ? get("text/csv", "granularity", "mention", "size", "2")
                    : get("text/csv", "granularity", "mention", "size", "2", "cursor", cursor);
            for (CSVRecord row : parse(page.asString(), CsvExport.REPORT_COLUMNS)) {
                assertThat(seen.add(row.get("event_id") + "/" + row.get("article_id"))).isTrue();
            }
            String link = page.header("Link");
            cursor = link == null ? null : link.replaceAll(".*[?&]cursor=([^&>]*).*", "$1");
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void malformedGranularityIsAProblem() {
        given().accept("text/csv").queryParam("granularity", "article").when().get("/api/events").then()
                .statusCode(400).contentType("application/problem+json");
    }
}

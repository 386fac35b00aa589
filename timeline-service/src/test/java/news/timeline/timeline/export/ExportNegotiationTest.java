package news.timeline.timeline.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportNegotiationTest {

    /** What a browser sends: anything goes, HTML first; the answer stays the JSON it always was. */
    @Test
    void jsonStaysTheAnswerToAnyoneWhoDoesNotAskForAnExport() {
        for (String accept : new String[] {"*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            for (String path : new String[] {"/api/events", "/api/timeline"}) {
                given().accept(accept).when().get(path).then().statusCode(200).contentType("application/json");
            }
        }
        given().header("Accept", "").when().get("/api/events").then().statusCode(200).contentType("application/json");
    }

    @Test
    void eachExportIsDocumentedWithItsMediaTypeAndAnExample() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/timeline'.get.responses.'200'.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/timeline'.get.responses.'200'.content.'" + ExportFormats.TIMELINEJS + "'.examples",
                        notNullValue())
                .body("paths.'/api/events'.get.responses.'200'.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/events'.get.responses.'200'.content.'" + CsvExport.MEDIA_TYPE + "'.examples",
                        notNullValue())
                .body("paths.'/api/events'.get.responses.'200'.content.'" + ICalendarExport.MEDIA_TYPE
                        + "'.examples", notNullValue())
                .body("paths.'/api/events'.get.parameters.name", hasItems("from", "to", "q", "entity", "size",
                        "cursor", "granularity"));
    }
}

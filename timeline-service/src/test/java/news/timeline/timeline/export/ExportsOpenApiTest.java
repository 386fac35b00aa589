package news.timeline.timeline.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportsOpenApiTest {

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

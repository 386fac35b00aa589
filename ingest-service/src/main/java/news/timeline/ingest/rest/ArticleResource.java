package news.timeline.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.service.ArticleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;

@Path("/api/articles")
@Tag(name = "articles", description = "Send news articles into the timeline")
public class ArticleResource {

    private static final String ARTICLE_EXAMPLE = """
            {"url": "https://example.com/2018/07/16/helsinki-summit",
             "title": "Trump and Putin meet in Helsinki",
             "text": "President Trump met Vladimir Putin in Helsinki on Monday. They will meet again next year.",
             "publishedAt": "2018-07-16", "source": "Example News", "language": "en"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type": "about:blank", "title": "Invalid article", "status": 400,
             "detail": "publishedAt 'yesterday' is not an ISO-8601 date or date-time (e.g. 2018-07-16 or 2018-07-16T09:30:00Z)",
             "instance": "/api/articles"}""";

    private final ArticleService service;
    private final IngestConfig config;

    public ArticleResource(ArticleService service, IngestConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one article",
            description = "Validates the article, derives a stable id (from the url, else from the text), and answers "
                    + "once Kafka has it. `html` is reduced to its main text. The same article posted twice keeps one id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "article", value = ARTICLE_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Accepted: on the articles topic",
            content = @Content(schema = @Schema(implementation = Accepted.class), examples = @ExampleObject(
                    name = "accepted", value = "{\"id\": \"5d41402abc4b2a76b9719d911017c592\", \"status\": \"accepted\", "
                            + "\"location\": \"http://127.0.0.1:8083/api/articles/5d41402abc4b2a76b9719d911017c592\"}")))
    @APIResponse(responseCode = "400", description = "Malformed JSON or content after the object; no text; a field "
            + "of the wrong type, given twice, too long for its column or holding a character PostgreSQL cannot store "
            + "(NUL, an unpaired surrogate); a bad url or language; publishedAt not ISO-8601 or outside 1800 to tomorrow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "Text larger than ingest.max-text-bytes (1 MiB), or a body "
            + "larger than ingest.max-body-bytes (32 MiB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The service is saturated (ingest.max-concurrent-requests or "
            + "ingest.max-pending-items); nothing was sent: retry after the Retry-After header's seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before retrying"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retry after Retry-After",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before retrying"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(InputStream body) {
        String id = service.ingest(body);
        URI location = URI.create(config.timelineUrl() + "/api/articles/" + id);
        return Response.accepted(new Accepted(id, "accepted", location.toString())).location(location).build();
    }

    @POST
    @Path("/batch")
    @Consumes({ "application/x-ndjson", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send many articles",
            description = "NDJSON (one article a line) or a JSON array, up to ingest.max-batch-items articles and "
                    + "ingest.max-body-bytes. The body is read as a stream: each item is answered on its own, 202 once "
                    + "Kafka acknowledged it, 4xx with its problem when invalid, 429 or 503 when it was not sent. "
                    + "When the body cannot be read past an item (a JSON array broken there, more items than the "
                    + "limit, the body limit reached), that item's problem says that nothing after it was read. "
                    + "Articles go out at the pace Kafka acknowledges them, so a large batch is answered more slowly "
                    + "rather than failed.")
    @RequestBody(required = true, content = @Content(mediaType = "application/x-ndjson",
            examples = @ExampleObject(name = "ndjson", value = """
                    {"text": "The summit took place on July 16, 2018.", "publishedAt": "2018-07-24"}
                    {"title": "no text here"}""")))
    @APIResponse(responseCode = "200", description = "Per-item answers",
            content = @Content(schema = @Schema(implementation = BatchResponse.class), examples = @ExampleObject(
                    name = "mixed", value = """
                            {"accepted": 1, "rejected": 1, "items": [
                             {"index": 0, "line": 1, "status": 202, "id": "9b4c0b1f0e5d2c43a1c9d7e0f2b8a6c1"},
                             {"index": 1, "line": 2, "status": 400, "problem": {"type": "about:blank",
                              "title": "Invalid article", "status": 400,
                              "detail": "The article has no text: give a non-blank 'text' or 'html'",
                              "instance": "/api/articles/batch#line-2"}}]}""")))
    @APIResponse(responseCode = "400", description = "The body holds no article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A Content-Length larger than ingest.max-body-bytes: nothing read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The service is saturated (ingest.max-concurrent-requests, or "
            + "ingest.max-pending-items before any article of the batch was sent): nothing was sent, retry after "
            + "Retry-After",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before retrying"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse batch(InputStream body, UriInfo uri) {
        return BatchResponse.of(service.ingestBatch(body), uri.getPath());
    }
}

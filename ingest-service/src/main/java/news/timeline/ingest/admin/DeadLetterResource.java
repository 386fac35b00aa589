package news.timeline.ingest.admin;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

@Path("/api/admin/dlq")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dead letters", description = "Inspect and replay the dead-letter topic (API key required)")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, apiKeyName = "X-API-Key",
        in = SecuritySchemeIn.HEADER, description = "An API key (also accepted as 'Authorization: Bearer KEY')")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", description = "No API key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "API key not accepted",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Kafka did not answer in time; retry after Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadLetterResource {

    private final DeadLetterStore store;
    private final DeadLetterConfig config;

    public DeadLetterResource(DeadLetterStore store, DeadLetterConfig config) {
        this.store = store;
        this.config = config;
    }

    @GET
    @Operation(summary = "List dead letters",
            description = "In partition and offset order, without their values. Each request reads at most "
                    + "ingest.dlq.max-scan records: follow `next` until it is absent.")
    @APIResponse(responseCode = "200", description = "A page",
            content = @Content(schema = @Schema(implementation = DeadLetterPage.class)))
    @APIResponse(responseCode = "400", description = "Bad cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only records whose dead-letter-reason contains this (case-insensitive)")
            @QueryParam("reason") String reason,
            @Parameter(description = "`next` of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Records per page") @QueryParam("limit") @DefaultValue("50") int limit,
            UriInfo uri) {
        if (limit < 1 || limit > config.maxPage()) {
            return badRequest("limit must be between 1 and " + config.maxPage(), uri);
        }
        Optional<DeadLetterStore.Cursor> after;
        try {
            after = DeadLetterStore.Cursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), uri);
        }
        return Response.ok(store.page(reason, after, limit)).build();
    }

    @GET
    @Path("/{partition}/{offset}")
    @Operation(summary = "One dead letter", description = "With all its headers and its value as text.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(responseCode = "404", description = "No record there",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response show(@PathParam("partition") int partition, @PathParam("offset") long offset, UriInfo uri) {
        return store.find(partition, offset).map(d -> Response.ok(d).build())
                .orElseGet(() -> problem(404, "No such dead letter", "No record at partition " + partition
                        + ", offset " + offset + " of " + config.topic(), uri));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay dead letters",
            description = "Sends the dead letters whose reason contains `reason` (all when absent) back to the topic "
                    + "they came from (`articles` or `article-events`), each once: what an earlier replay sent is "
                    + "skipped. At most ingest.dlq.max-replay per request; `complete: false` means call again with "
                    + "`next` as `cursor`.")
    @APIResponse(responseCode = "200", description = "What was sent",
            content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(responseCode = "400", description = "Bad cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replay(
            @Parameter(description = "Only records whose dead-letter-reason contains this (case-insensitive)")
            @QueryParam("reason") String reason,
            @Parameter(description = "`next` of the previous replay") @QueryParam("cursor") String cursor,
            UriInfo uri) {
        Optional<DeadLetterStore.Cursor> after;
        try {
            after = DeadLetterStore.Cursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), uri);
        }
        return Response.ok(store.replay(reason, after)).build();
    }

    private static Response badRequest(String detail, UriInfo uri) {
        return problem(400, "Bad request", detail, uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, uri.getPath())).build();
    }
}

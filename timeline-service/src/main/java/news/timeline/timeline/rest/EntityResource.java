package news.timeline.timeline.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.timeline.view.EntitiesView;
import news.timeline.timeline.query.EntityQueryService;
import news.timeline.http.Problem;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "Actors and places, for filters and dashboards")
public class EntityResource {

    private final EntityQueryService entities;

    public EntityResource(EntityQueryService entities) {
        this.entities = entities;
    }

    @GET
    @Operation(summary = "Actors and places with the number of events they appear in, most frequent first")
    @APIResponse(responseCode = "200", description = "The entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitiesView.class),
                    examples = @ExampleObject(name = "entities", value = ApiExamples.ENTITIES)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match entity tag is the current one "
            + "(JSON responses carry an ETag and Cache-Control: no-cache)")
    @APIResponse(responseCode = "400", description = "A malformed limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = """
                            {"type": "/problems/invalid-parameter", "title": "Invalid request parameter",
                             "status": 400, "detail": "Parameter 'limit' must be between 1 and 500, not 0",
                             "instance": "/api/entities"}""")))
    public Response entities(
            @Parameter(description = "Part of a name, case-insensitive", example = "put") @QueryParam("q") String q,
            @Parameter(description = "How many, 1 to 500 (default 50)", example = "50") @QueryParam("limit") String limit,
            @Context Request request) {
        return RenderedResponses.json(entities.entities(q, QueryParams.integer("limit", limit)), request).build();
    }
}

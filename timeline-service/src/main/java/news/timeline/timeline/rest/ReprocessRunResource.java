package news.timeline.timeline.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.http.Problem;
import news.timeline.timeline.reprocess.ReprocessRunService;
import news.timeline.timeline.view.ReprocessRunView;

@Path("/api/reprocess-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reprocessing", description = "What a ./timeline reprocess run changed")
public class ReprocessRunResource {

    private final ReprocessRunService runs;

    public ReprocessRunResource(ReprocessRunService runs) {
        this.runs = runs;
    }

    @GET
    @Path("/{run}")
    @Operation(summary = "What a reprocess run has changed so far",
            description = "The articles of the run stored so far (those re-extracted to new events and those to the "
                    + "same), and the events added, removed and re-dated. Grows while the run's articles come through "
                    + "extract-service; ./timeline reprocess follows it to its end.")
    @APIResponse(responseCode = "200", description = "The run's totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReprocessRunView.class),
                    examples = @ExampleObject(name = "run", value = ApiExamples.REPROCESS_RUN)))
    @APIResponse(responseCode = "400", description = "Not a run id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad run", value = ApiExamples.BAD_RUN)))
    @APIResponse(responseCode = "404", description = "No article of this run stored (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = ApiExamples.RUN_NOT_FOUND)))
    public ReprocessRunView get(@Parameter(description = "The run id ./timeline reprocess printed",
            example = "20261201T041000Z-3fa2c1") @PathParam("run") String run) {
        return runs.find(run).orElseThrow(() -> new NotFoundException("No article of reprocess run " + run
                + " stored (yet)"));
    }
}

package news.timeline.timeline.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.timeline.query.EventFilter;
import news.timeline.timeline.query.TimelineQueryService;
import news.timeline.timeline.view.TimelineView;
import news.timeline.http.Problem;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "The most salient events for a topic")
public class TimelineResource {

    private final TimelineQueryService timelines;

    public TimelineResource(TimelineQueryService timelines) {
        this.timelines = timelines;
    }

    @GET
    @Operation(summary = "The K most salient events for a query, in date order",
            description = "Salience grows with the number of independent outlets and of reports, with status "
                    + "(occurred > planned > possible), with date precision and with how central the reports are "
                    + "to their articles (early in the text, actors or the queried entity in the headline).")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class),
                    examples = @ExampleObject(name = "timeline", value = ApiExamples.TIMELINE)))
    @APIResponse(responseCode = "400", description = "A malformed date or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiExamples.BAD_PARAMETER)))
    public TimelineView timeline(
            @Parameter(description = "Words that must all occur in the statement or sentence of some report",
                    example = "summit") @QueryParam("q") String q,
            @Parameter(description = "An actor or place", example = "Putin") @QueryParam("entity") String entity,
            @Parameter(description = "Earliest date (ISO or TIMEX3)", example = "2018") @QueryParam("from") String from,
            @Parameter(description = "Latest date (ISO or TIMEX3)", example = "2018-12") @QueryParam("to") String to,
            @Parameter(description = "How many events, 1 to 200 (default 20)", example = "20")
            @QueryParam("limit") String limit) {
        return timelines.timeline(EventFilter.of(from, to, q, entity, null), QueryParams.integer("limit", limit));
    }
}

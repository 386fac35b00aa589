package news.timeline.timeline.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.http.Problem;
import news.timeline.timeline.query.HistogramQueryService;
import news.timeline.timeline.view.HistogramView;

@Path("/api/histogram")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "The most salient events for a topic")
public class HistogramResource {

    private final HistogramQueryService histograms;

    public HistogramResource(HistogramQueryService histograms) {
        this.histograms = histograms;
    }

    @GET
    @Operation(summary = "How many entries of a query begin per day, week or month",
            description = "The overview above the dashboard's timeline. The bucket follows the span of the dates: "
                    + "days up to three months, ISO weeks up to two years, months beyond. At most "
                    + "timeline.histogram.max-entries (10,000) entries are counted, the most salient first; "
                    + "capped says when more match.")
    @APIResponse(responseCode = "200", description = "The non-empty buckets in date order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistogramView.class),
                    examples = @ExampleObject(name = "histogram", value = ApiExamples.HISTOGRAM)))
    @APIResponse(responseCode = "400", description = "A malformed date or status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiExamples.BAD_PARAMETER)))
    public HistogramView histogram(@BeanParam TimelineParams params) {
        return histograms.histogram(params.filter());
    }
}

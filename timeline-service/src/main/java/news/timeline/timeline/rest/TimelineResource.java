package news.timeline.timeline.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.timeline.export.ExportExamples;
import news.timeline.timeline.export.ExportFormats;
import news.timeline.timeline.export.TimelineJs;
import news.timeline.timeline.export.TimelineJsExport;
import news.timeline.timeline.query.Rendered;
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
    @Produces({MediaType.APPLICATION_JSON, ExportFormats.TIMELINEJS})
    @Operation(summary = "The K most referred-to dates for a query, in date order",
            description = "Among the most salient matching entries (salience grows with the number of independent "
                    + "outlets and of reports, with status (occurred > planned > possible), with date precision and "
                    + "with how central the reports are to their articles), a date ranks by the reports of all its "
                    + "entries, weighted by status, plus for a day the stored articles that refer to it (more when "
                    + "they look back at it from later) and those published on it and the day after, times the "
                    + "date's precision. q and entity pick a story: the entries that name the words or entity and "
                    + "the other entries of the articles reporting them. Each date shows the sentences of its "
                    + "entries' first reports (and, for a day, what the story's articles published on it or the day "
                    + "after lead with) that tell it best (as DATEWISE chooses them): without the date the item "
                    + "is headed by, a wire agency's dateline, asides in brackets, a trailing participial clause or "
                    + "a leading time phrase, self-contained ones first, together closest to the TF-IDF centroid of the date's "
                    + "sentences and close to the story's (all the timeline's sentences), none too close to another. "
                    + "As TimelineJS3 data with Accept: " + ExportFormats.TIMELINEJS + " or format=timelinejs "
                    + "(TimelineJS itself asks for JSON, so a URL it loads carries format=timelinejs): one slide per "
                    + "item; a span (week, month, year...) has start_date and end_date at its own precision; the "
                    + "headline is the leading statement; the text holds status, actors, place, the date's other "
                    + "statements and the reporting articles as links (http and https URLs only); group is the "
                    + "status. All article text is HTML-escaped.")
    @APIResponse(responseCode = "200", description = "The timeline", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class),
                    examples = @ExampleObject(name = "timeline", value = ApiExamples.TIMELINE)),
            @Content(mediaType = ExportFormats.TIMELINEJS, schema = @Schema(implementation = TimelineJs.Document.class),
                    examples = @ExampleObject(name = "timelinejs", value = ExportExamples.TIMELINEJS))})
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match entity tag is the current one "
            + "(JSON responses carry an ETag and Cache-Control: no-cache)")
    @APIResponse(responseCode = "400", description = "A malformed date, limit, sentences or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiExamples.BAD_PARAMETER)))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json or timelinejs: takes the place of the "
            + "Accept header", example = "timelinejs")
    public Response timeline(@BeanParam TimelineParams params,
            @Parameter(description = "How many events, 1 to 200 (default 20)", example = "20")
            @QueryParam("limit") String limit,
            @Parameter(description = "Statements per date, 1 to 10 (default 5)", example = "2")
            @QueryParam("sentences") String sentences,
            @Context HttpHeaders headers, @Context Request request) {
        Rendered<TimelineView> timeline = timelines.timeline(params.filter(), QueryParams.integer("limit", limit),
                QueryParams.integer("sentences", sentences));
        if (ExportFormats.choose(headers, MediaType.APPLICATION_JSON, ExportFormats.TIMELINEJS)
                .equals(ExportFormats.TIMELINEJS)) {
            return Response.ok(TimelineJsExport.of(timeline.view(), params.describe()),
                    ExportFormats.TIMELINEJS)
                    .build();
        }
        return RenderedResponses.json(timeline, request).build();
    }
}

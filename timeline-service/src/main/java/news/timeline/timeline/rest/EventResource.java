package news.timeline.timeline.rest;

import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.timeline.export.CsvExport;
import news.timeline.timeline.export.ExportExamples;
import news.timeline.timeline.export.ExportFormats;
import news.timeline.timeline.export.ICalendarExport;
import news.timeline.timeline.query.EventFilter;
import news.timeline.timeline.query.InvalidParameterException;
import news.timeline.timeline.view.ReportRowPage;
import news.timeline.timeline.view.EventPage;
import news.timeline.timeline.query.EventQueryService;
import news.timeline.timeline.query.Rendered;
import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.MentionPage;
import news.timeline.http.Problem;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Merged events of the timeline with the reports of them")
public class EventResource {

    private final EventQueryService events;

    public EventResource(EventQueryService events) {
        this.events = events;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, ICalendarExport.MEDIA_TYPE})
    @Operation(summary = "List events in date order",
            description = "Timeline entries sorted by the first day of their date, then id, a page at a time. "
                    + "While more remain, the body's 'next' and a Link rel=\"next\" header give the following page. "
                    + "Exports of the same page, asked for with Accept or format: CSV (text/csv, format=csv; RFC "
                    + "4180, UTF-8, a header row, one row per event, or per report with granularity=mention, size "
                    + "rows at most) and iCalendar (text/calendar, format=ics; RFC 5545, the planned events only, "
                    + "one all-day VEVENT each with its sources and a UID that stays the same across exports). The "
                    + "Link header of an export gives its next page.")
    @APIResponse(responseCode = "200", description = "A page of events, or of reports (CSV with granularity=mention)",
            headers = @Header(name = "Link", description = "<url of the next page>; rel=\"next\", while more remain"),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                            examples = @ExampleObject(name = "page", value = ApiExamples.EVENT_PAGE)),
                    @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = {@ExampleObject(name = "events", value = ExportExamples.CSV),
                                    @ExampleObject(name = "reports (granularity=mention)",
                                            value = ExportExamples.CSV_REPORTS)}),
                    @Content(mediaType = ICalendarExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "planned", value = ExportExamples.ICALENDAR))})
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match entity tag is the current one "
            + "(JSON responses carry an ETag and Cache-Control: no-cache)")
    @APIResponse(responseCode = "400", description = "A malformed date, size, cursor, granularity or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiExamples.BAD_PARAMETER)))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json, csv or ics: takes the place of the "
            + "Accept header", example = "csv")
    public Response list(
            @Parameter(description = "Events whose date ends on or after this ISO date or TIMEX3 date (2018, 2018-07, "
                    + "2018-W29, 2018-07-16)", example = "2018-07") @QueryParam("from") String from,
            @Parameter(description = "Events whose date begins on or before this ISO date or TIMEX3 date",
                    example = "2018-12-31") @QueryParam("to") String to,
            @Parameter(description = "Words that must all occur (as word beginnings) in the statement or sentence of "
                    + "some report", example = "summit Helsinki") @QueryParam("q") String q,
            @Parameter(description = "An actor or place, case-insensitive; a surname finds the full name",
                    example = "Putin") @QueryParam("entity") String entity,
            @Parameter(description = "Only events reported by this article", example = "3f2a9c")
            @QueryParam("article") String article,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("size") String size,
            @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "CSV only: event (one row per event, the default) or mention (one row per "
                    + "report)", example = "mention") @QueryParam("granularity") String granularity,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        EventFilter filter = EventFilter.of(from, to, q, entity, article);
        Integer pageSize = QueryParams.integer("size", size);
        String type = ExportFormats.choose(headers, MediaType.APPLICATION_JSON, ExportFormats.CSV,
                ExportFormats.CALENDAR);
        if (type.equals(ExportFormats.CALENDAR)) {
            EventPage page = events.planned(filter, cursor, pageSize);
            return withNext(Response.ok(ICalendarExport.of(page.items(), Instant.now()), ICalendarExport.MEDIA_TYPE),
                    page.next(), uri).build();
        }
        boolean byReport = reportRows(granularity);
        if (type.equals(ExportFormats.CSV) && byReport) {
            ReportRowPage page = events.reportRows(filter, cursor, pageSize);
            return withNext(Response.ok(CsvExport.reports(page.items()), CsvExport.MEDIA_TYPE), page.next(), uri)
                    .build();
        }
        Rendered<EventPage> page = events.list(filter, cursor, pageSize);
        Response.ResponseBuilder response = type.equals(ExportFormats.CSV)
                ? Response.ok(CsvExport.events(page.view().items()), CsvExport.MEDIA_TYPE)
                : RenderedResponses.json(page, request);
        return withNext(response, page.view().next(), uri).build();
    }

    private static boolean reportRows(String granularity) {
        if (granularity == null || granularity.isBlank() || granularity.trim().equals("event")) {
            return false;
        }
        if (granularity.trim().equals("mention")) {
            return true;
        }
        throw new InvalidParameterException("granularity", "must be event or mention, not '" + granularity + "'");
    }

    private static Response.ResponseBuilder withNext(Response.ResponseBuilder response, String next, UriInfo uri) {
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one event with its first 20 reports",
            description = "Every report is listed, a page at a time, at mentionsUrl (/api/events/{id}/mentions).")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = ApiExamples.EVENT)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = ApiExamples.EVENT_NOT_FOUND)))
    public EventView get(@Parameter(description = "Event id", example = "51") @PathParam("id") String id) {
        return parseId(id).flatMap(events::find)
                .orElseThrow(() -> new NotFoundException("No event with id " + id));
    }

    @GET
    @Path("/{id}/mentions")
    @Operation(summary = "List every report of one event, a page at a time",
            description = "Reports in the order they arrived. While more remain, 'next' gives the following page.")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MentionPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.MENTION_PAGE)))
    @APIResponse(responseCode = "400", description = "A malformed size or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad size", value = ApiExamples.BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = ApiExamples.EVENT_NOT_FOUND)))
    public MentionPage mentions(@Parameter(description = "Event id", example = "51") @PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("size") String size,
            @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor") String cursor) {
        return parseId(id).flatMap(e -> events.reports(e, cursor, QueryParams.integer("size", size)))
                .orElseThrow(() -> new NotFoundException("No event with id " + id));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

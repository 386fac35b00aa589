package news.timeline.timeline.stream;

import java.util.OptionalLong;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import news.timeline.http.Problem;
import news.timeline.timeline.query.EventFilter;
import news.timeline.timeline.query.InvalidParameterException;
import news.timeline.timeline.view.EventView;

@Path("/api/stream")
@Tag(name = "Stream", description = "Every change of the timeline as it happens, for programs that follow it")
public class ChangeStreamResource {

    static final String STREAM_EXAMPLE = """
            : stream open

            id: 1041
            event: created
            data: {"id":51,"date":"2018-07-16","granularity":"day","dateRange":{"start":"2018-07-16","end":"2018-07-16"},\
            "text":"Trump and Putin met in Helsinki","status":"occurred","actors":["Donald Trump","Vladimir Putin"],\
            "location":"Helsinki","confidence":0.8,"sources":1,"mentionCount":1,"mentions":[…],\
            "mentionsUrl":"/api/events/51/mentions"}

            id: 1042
            event: updated
            data: {"id":51,…,"sources":2,"mentionCount":2,…}

            : heartbeat

            id: 1043
            event: deleted
            data: {"id":37}
            """;

    static final String GONE_EXAMPLE = """
            {"type": "/problems/changes-gone", "title": "Changes no longer available", "status": 410,
             "detail": "Changes after 12 are no longer kept (changes up to 5000 were pruned); reload the events and \
            follow the stream without Last-Event-ID", "instance": "/api/stream"}""";

    private final ChangeStreams streams;

    public ChangeStreamResource(ChangeStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Follow every change of the timeline (Server-Sent Events)",
            description = "Each created, updated or deleted entry that the filter matches, as it happens: the event's "
                    + "id is the change's place in one sequence kept in the database (the same for every instance), "
                    + "its name the kind of change, its data the entry as /api/events shows it (for a deletion: its "
                    + "id; deletions go to every filter, since a deleted entry can no longer be tested). A client "
                    + "that reconnects with Last-Event-ID (header, or lastEventId) gets exactly the changes after "
                    + "that id, then the live ones; without it the stream starts with the next change. A comment "
                    + "line every 15 s keeps idle connections open. Changes are kept 7 days; older ids answer 410. "
                    + "An event 'problem' (RFC 9457 body) ends a stream whose next changes were pruned meanwhile.")
    @APIResponse(responseCode = "200", description = "The stream, until the client leaves",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "stream", value = STREAM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed date or Last-Event-ID, or from after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = """
                            {"type": "/problems/invalid-parameter", "title": "Invalid request parameter", \
                            "status": 400, "detail": "Parameter 'Last-Event-ID' must be a change id (a whole number \
                            from 0), not 'abc'", "instance": "/api/stream"}""")))
    @APIResponse(responseCode = "410", description = "Last-Event-ID is older than the changes kept, or newer than any",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too old", value = GONE_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "As many streams open as this instance serves; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Entries whose date ends on or after this ISO or TIMEX3 date", example = "2018-07")
            @QueryParam("from") String from,
            @Parameter(description = "Entries whose date begins on or before this ISO or TIMEX3 date",
                    example = "2018-12-31") @QueryParam("to") String to,
            @Parameter(description = "Words that must all begin a word of some report's statement or sentence",
                    example = "summit Helsinki") @QueryParam("q") String q,
            @Parameter(description = "An actor or place, case-insensitive; a surname finds the full name",
                    example = "Putin") @QueryParam("entity") String entity,
            @Parameter(description = "The id of the last event received: the stream resumes right after it")
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "Last-Event-ID as a parameter, for clients that cannot set the header; the "
                    + "header wins") @QueryParam("lastEventId") String lastEventId,
            @Context Sse sse) {
        EventFilter filter = EventFilter.of(from, to, q, entity, null);
        return streams.open(filter, resumeAfter(lastEventIdHeader != null ? lastEventIdHeader : lastEventId), sse);
    }

    private static OptionalLong resumeAfter(String id) {
        if (id == null || id.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long after = Long.parseLong(id.trim());
            if (after >= 0) {
                return OptionalLong.of(after);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("Last-Event-ID", "must be a change id (a whole number from 0), not '"
                + id + "'");
    }
}

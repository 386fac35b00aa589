package news.timeline.timeline.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import news.timeline.timeline.query.EventFilter;

/** The query of a timeline and of its histogram: the same parameters, the same filter. */
public class TimelineParams {

    @Parameter(description = "Words that must all occur in the statement or sentence of some report",
            example = "summit")
    @QueryParam("q")
    String q;

    @Parameter(description = "An actor or place", example = "Putin")
    @QueryParam("entity")
    String entity;

    @Parameter(description = "Earliest date (ISO or TIMEX3)", example = "2018")
    @QueryParam("from")
    String from;

    @Parameter(description = "Latest date (ISO or TIMEX3)", example = "2018-12")
    @QueryParam("to")
    String to;

    @Parameter(description = "Statuses to keep, comma-separated (occurred, planned, possible, negated); all when "
            + "absent", example = "occurred,planned")
    @QueryParam("status")
    String status;

    EventFilter filter() {
        return EventFilter.of(from, to, q, entity, null, status);
    }

    /** The query in words, for a TimelineJS title slide. */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "q: ", q);
        add(parts, "entity: ", entity);
        add(parts, "from ", from);
        add(parts, "to ", to);
        add(parts, "status: ", status);
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value.trim());
        }
    }
}

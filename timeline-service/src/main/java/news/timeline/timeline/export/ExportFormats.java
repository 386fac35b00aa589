package news.timeline.timeline.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import news.timeline.timeline.query.InvalidParameterException;

/**
 * The media types of the exports, and the {@code format} parameter that asks for one where setting {@code Accept} is
 * awkward (a link, a browser's address bar, TimelineJS, which always asks for JSON).
 */
public final class ExportFormats {

    public static final String TIMELINEJS = "application/vnd.timelinejs+json";
    public static final String CSV = "text/csv";
    public static final String CALENDAR = "text/calendar";

    private static final Map<String, String> BY_NAME = Map.of("json", MediaType.APPLICATION_JSON,
            "timelinejs", TIMELINEJS, "csv", CSV, "ics", CALENDAR);

    /**
     * Which of the offered types to answer, in the order of the request's preferences (by q, then specificity), the
     * first offered type that one accepts: {@code *}{@code /*} and an absent Accept get the first, JSON. A resource
     * method produces all its types and chooses here, rather than JAX-RS choosing among one method per type, which
     * under a wildcard would take any of them. An Accept header that names no type (blank, or malformed) asks for
     * nothing in particular, as before there were exports.
     */
    public static String choose(HttpHeaders headers, String... offered) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            return offered[0];
        }
        for (MediaType accepted : acceptable) {
            for (String type : offered) {
                if (accepted.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        return offered[0];
    }

    /** {@code format} wins over {@code Accept}: the request is matched as if it accepted that type only. */
    @ServerRequestFilter(preMatching = true)
    public void formatParameter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || format.isBlank() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String type = BY_NAME.get(format.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidParameterException("format",
                    "must be one of json, timelinejs, csv or ics, not '" + format + "'");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
    }
}

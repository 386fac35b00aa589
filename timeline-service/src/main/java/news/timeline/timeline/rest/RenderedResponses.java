package news.timeline.timeline.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import news.timeline.timeline.query.Rendered;

/**
 * JSON responses with an entity tag: a client that sends the tag it holds in {@code If-None-Match} gets 304 without
 * a body while the response is unchanged, so dashboards polling a timeline do not download it again every time. The
 * same URL may also answer CSV, iCalendar or TimelineJS by its Accept header, hence {@code Vary: Accept}.
 */
final class RenderedResponses {

    /** Clients may keep a response but must ask whether it is still current before using it again. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private RenderedResponses() {
    }

    static Response.ResponseBuilder json(Rendered<?> rendered, Request request) {
        EntityTag tag = new EntityTag(rendered.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(REVALIDATE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return Response.ok(rendered.json(), MediaType.APPLICATION_JSON).tag(tag).cacheControl(REVALIDATE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}

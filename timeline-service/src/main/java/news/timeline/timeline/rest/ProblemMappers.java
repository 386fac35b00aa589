package news.timeline.timeline.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.timeline.timeline.query.InvalidParameterException;

/**
 * Turns client errors into RFC 9457 problem bodies.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem("/problems/invalid-parameter", "Invalid request parameter", Response.Status.BAD_REQUEST,
                e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String type = status.getStatusCode() == 404 ? "/problems/not-found" : "about:blank";
        return problem(type, status.getReasonPhrase(), status, e.getMessage(), uri);
    }

    static Response problem(String type, String title, Response.StatusType status, String detail, UriInfo uri) {
        Problem body = new Problem(type, title, status.getStatusCode(), detail, uri.getPath());
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}

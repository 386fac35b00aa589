package news.timeline.timeline.rest;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.timeline.timeline.health.StoreFailures;
import news.timeline.timeline.query.InvalidParameterException;
import news.timeline.timeline.stream.ChangesGoneException;
import news.timeline.http.ProblemRoutes;
import news.timeline.http.Problem;

/**
 * Turns every failure of a request into an RFC 9457 problem body. Details are the service's own words: an
 * exception's message or stack trace never reaches the client (a server error is logged under the id its problem
 * carries).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before asking again while the database is away or busy. */
    static final String RETRY_AFTER_S = "5";

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem("/problems/invalid-parameter", "Invalid request parameter", Response.Status.BAD_REQUEST,
                e.getMessage(), uri);
    }

    /** A stream asked to resume after a change the log no longer holds (or never held). */
    @ServerExceptionMapper
    public Response changesGone(ChangesGoneException e, UriInfo uri) {
        return Response.status(Response.Status.GONE).type(Problem.MEDIA_TYPE).entity(e.problem(uri.getPath())).build();
    }

    /** Statuses JAX-RS itself raises (404, 405, 406, 415...) and the resources' own not-found answers. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        boolean ours = e instanceof NotFoundException && e.getMessage() != null && !e.getMessage().startsWith("HTTP ");
        String detail = ours ? e.getMessage() : ProblemRoutes.detail(status.getStatusCode());
        return problem(ProblemRoutes.type(status.getStatusCode()), status.getReasonPhrase(), status, detail, uri);
    }

    /** Anything else: the database away (503), a value it cannot take (400), or a server error (500). */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        switch (StoreFailures.classify(e)) {
            case UNAVAILABLE, CONFLICT -> {
                LOG.warnf("%s: database unavailable (%s)", uri.getPath(), StoreFailures.refusal(e));
                Response response = problem("/problems/unavailable", "Service Unavailable",
                        Response.Status.SERVICE_UNAVAILABLE, "The event store is unavailable; try again later", uri);
                return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_S).build();
            }
            case REFUSED -> {
                return problem("/problems/invalid-parameter", "Invalid request parameter", Response.Status.BAD_REQUEST,
                        "A request value holds characters the event store cannot take", uri);
            }
            default -> {
                String id = UUID.randomUUID().toString();
                LOG.errorf(e, "Server error %s on %s", id, uri.getPath());
                Problem body = new Problem("/problems/internal-error", "Internal Server Error", 500,
                        "The service failed to answer; quote the id when reporting it", uri.getPath(), id);
                return Response.serverError().type(Problem.MEDIA_TYPE).entity(body).build();
            }
        }
    }

    static Response problem(String type, String title, Response.StatusType status, String detail, UriInfo uri) {
        Problem body = new Problem(type, title, status.getStatusCode(), detail, uri.getPath());
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}

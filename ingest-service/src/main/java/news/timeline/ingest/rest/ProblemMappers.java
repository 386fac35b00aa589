package news.timeline.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.service.ArticleRejectedException;
import news.timeline.ingest.service.KafkaUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as an RFC 9457 problem body. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response rejected(ArticleRejectedException e, UriInfo uri) {
        return problem(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unavailable(KafkaUnavailableException e, UriInfo uri) {
        return problem(Problem.of(503, "Kafka unavailable", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

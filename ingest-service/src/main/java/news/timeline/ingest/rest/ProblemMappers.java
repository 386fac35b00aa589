package news.timeline.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.service.ArticleRejectedException;
import news.timeline.ingest.service.IngestSaturatedException;
import news.timeline.ingest.service.KafkaUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as an RFC 9457 problem body. */
public class ProblemMappers {

    private final IngestConfig config;

    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response rejected(ArticleRejectedException e, UriInfo uri) {
        return problem(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unavailable(KafkaUnavailableException e, UriInfo uri) {
        return retryLater(Problem.of(503, "Kafka unavailable", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response saturated(IngestSaturatedException e, UriInfo uri) {
        return retryLater(Problem.of(429, "Ingest saturated", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    private Response retryLater(Problem problem) {
        long seconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

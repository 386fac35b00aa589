package news.timeline.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.config.IngestConfig;
import news.timeline.ingest.feed.FeedRequestException;
import news.timeline.ingest.feed.FeedsUnavailableException;
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
    public Response feedRefused(FeedRequestException e, UriInfo uri) {
        return problem(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response feedBody(FeedResource.BadFeedBody e, UriInfo uri) {
        return problem(Problem.of(400, "Invalid feed", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response feedsUnavailable(FeedsUnavailableException e, UriInfo uri) {
        return retryLater(Problem.of(503, "Kafka unavailable", e.getMessage(), uri.getPath()));
    }

    /** 404, 405, 406, 415 and the like, from JAX-RS matching: the status says it, the detail says what to do. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource here: articles are posted to /api/articles and /api/articles/batch";
            case 405 -> request.getMethod() + " is not served at this path";
            case 406 -> "This resource answers application/json (errors application/problem+json) only";
            case 415 -> "Send the article as application/json (a batch as application/x-ndjson or application/json)";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder response = Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, uri.getPath()));
        return response.build();
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

package news.timeline.ingest.admin;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.rest.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Kafka not answering an admin request is a 503 problem; the cause goes to the log, not to the client. */
public class DeadLetterProblems {

    private static final Logger LOG = Logger.getLogger(DeadLetterProblems.class);

    @ServerExceptionMapper
    public Response unavailable(DeadLettersUnavailableException e, UriInfo uri) {
        LOG.warnf(e, "Dead-letter request %s failed", uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, 5)
                .entity(Problem.of(503, "Kafka unavailable", e.getMessage(), uri.getPath())).build();
    }
}

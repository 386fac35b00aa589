package news.timeline.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.ingest.config.IngestConfig;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem bodies for what the HTTP layer answers before, or instead of, a JAX-RS resource: a Content-Length over the
 * body limit (Quarkus' own check answers 413 with no body), a request line too long, and any failure that no
 * exception mapper took (Quarkus would answer its own error page).
 */
@ApplicationScoped
public class HttpProblems {

    /** Longest URI served; requests with longer ones reach this check because the decoder allows 64 KiB. */
    static final int MAX_URI_LENGTH = 8 * 1024;

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public HttpProblems(ObjectMapper json, IngestConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize httpLimit) {
        if (httpLimit.asLongValue() <= config.maxBodyBytes()) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + httpLimit.asLongValue()
                    + ") must be above ingest.max-body-bytes (" + config.maxBodyBytes() + "), or a chunked body "
                    + "over the limit would get a bare 413 instead of a problem");
        }
        this.json = json;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::checkLimits)
                .failureHandler(this::failure);
    }

    private void checkLimits(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            send(context, Problem.of(414, "URI too long", "The request URI is longer than " + MAX_URI_LENGTH
                    + " characters", null), true);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            send(context, Problem.of(413, "Request body too large", "The request body is " + length.strip()
                    + " bytes; the limit is " + maxBodyBytes + " bytes (ingest.max-body-bytes): nothing was read, "
                    + "send fewer articles per request", context.normalizedPath()), true);
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Request failed: " + context.request().method() + " " + context.normalizedPath(),
                    context.failure());
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = status >= 500 ? "The service could not answer this request; it has been logged"
                : reason + ": " + context.request().method() + " " + context.normalizedPath();
        send(context, Problem.of(status, reason, detail, context.normalizedPath()), false);
    }

    private void send(RoutingContext context, Problem problem, boolean close) {
        HttpServerResponse response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            // The body is not read: closing the connection spares receiving what the client still sends.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}

package news.timeline.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import news.timeline.ingest.config.IngestConfig;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Problem bodies for what the HTTP layer answers before, or instead of, a JAX-RS resource: a malformed URI and a
 * Content-Length over the body limit (Quarkus' own checks answer 400 and 413 with no body), a URI too long, and any
 * failure that no exception mapper took (Quarkus would answer its own error page).
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

    /**
     * Quarkus answers a URI that java.net.URI cannot parse (a malformed percent-encoding such as {@code /%ZZ}) with a
     * bare 400 before any route runs. Its check is turned off as the container starts, before the HTTP request
     * handler is built, and {@link #checkLimits} makes the same check and answers a problem.
     */
    static void takeOverUriValidation(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    void install(@Observes Router router) {
        // First of all routes: before Quarkus' upload limit (which answers 413 with no body), and before any route
        // decodes the path, which fails for a malformed one.
        router.route().order(Integer.MIN_VALUE)
                .handler(this::checkLimits)
                .failureHandler(this::failure);
        // Failures the router meets before any route runs (a path it cannot decode) go to its error handlers.
        for (int status : new int[] { 400, 404, 405, 413, 414, 500 }) {
            router.errorHandler(status, this::failure);
        }
    }

    private void checkLimits(RoutingContext context) {
        if (!isValidUri(context.request().uri())) {
            send(context, Problem.of(400, "Bad Request", "The request URI is malformed (a bad percent-encoding, or "
                    + "characters a URI cannot hold)", null), false);
            return;
        }
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

    private static boolean isValidUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
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
        // Set here too: this route may answer before the one of quarkus.http.header and quarkus.http.filter runs.
        HttpServerResponse response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
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

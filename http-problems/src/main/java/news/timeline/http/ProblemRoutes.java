package news.timeline.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies and security headers for what HTTP answers before (or without) JAX-RS: a malformed or unknown URI,
 * a method no route takes, an over-long URI or an over-large body, a failure of a non-JAX-RS route. Installed on the
 * Vert.x router ahead of every other route of each service that depends on this module.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);
    /** Longest URI served; Vert.x's own limit (quarkus.http.limits.max-initial-line-length) sits well above it. */
    public static final int MAX_URI_LENGTH = 4096;
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI is a page with its own scripts, styles and images, nothing from elsewhere. */
    private static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    /**
     * A service's own pages (timeline-service's dashboard): scripts, styles, fonts, images and requests of this origin
     * only, nothing inline but styles (TimelineJS positions its slides with style attributes), no plugins, no frames.
     */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed (a URI with a bad percent-encoding, for one)",
            404, "No resource at this path",
            405, "This resource does not answer this method",
            406, "This resource cannot answer in a media type the request accepts",
            413, "The request body is larger than this service takes",
            414, "The request URI is longer than " + MAX_URI_LENGTH + " characters",
            415, "This resource does not take a body of this media type",
            500, "The service failed to answer; quote the id when reporting it",
            503, "The service is unavailable; try again later");

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public ProblemRoutes(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    public static String detail(int status) {
        return DETAILS.getOrDefault(status, HttpResponseStatus.valueOf(status).reasonPhrase());
    }

    public static String type(int status) {
        return switch (status) {
            case 404 -> "/problems/not-found";
            case 500 -> "/problems/internal-error";
            case 503 -> "/problems/unavailable";
            default -> "about:blank";
        };
    }

    /**
     * Quarkus answers a URI that java.net.URI cannot parse (a malformed percent-encoding) with a bare 400 before any
     * route runs. Its check is turned off as the container starts, before the HTTP request handler is built, and
     * guard() makes the same check and answers a problem.
     */
    static void takeOverUriValidation(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard).failureHandler(this::failure);
        for (int status : DETAILS.keySet()) {
            router.errorHandler(status, ctx -> failure(ctx, status));
        }
    }

    /** Security headers on every answer; refuses a malformed URI, and what is too large before anything reads it. */
    private void guard(RoutingContext ctx) {
        securityHeaders(ctx);
        if (path(ctx) == null) {
            write(ctx, 400, null);
            return;
        }
        if (ctx.request().uri().length() > MAX_URI_LENGTH) {
            write(ctx, 414, null);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(ctx, 413, null);
            return;
        }
        ctx.next();
    }

    private static void securityHeaders(RoutingContext ctx) {
        ctx.response().putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", policy(String.valueOf(ctx.request().path())));
        // A problem is data wherever it answers (a missing page too, whichever layer answers it): the API's policy.
        ctx.addHeadersEndHandler(v -> {
            String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.startsWith(Problem.MEDIA_TYPE)) {
                ctx.response().putHeader("Content-Security-Policy", API_POLICY);
            }
        });
    }

    private static String policy(String path) {
        if (path.startsWith("/q/swagger-ui")) {
            return UI_POLICY;
        }
        return path.startsWith("/api/") || path.startsWith("/q/") || path.equals("/api") ? API_POLICY : PAGE_POLICY;
    }

    /** The decoded path, or null when the URI is malformed (a bad percent-encoding, characters a URI cannot hold). */
    private static String path(RoutingContext ctx) {
        try {
            new URI(ctx.request().uri());
            return ctx.normalizedPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void failure(RoutingContext ctx) {
        failure(ctx, ctx.statusCode() < 400 ? 500 : ctx.statusCode());
    }

    private void failure(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            // Too late for a problem body: the answer is on its way; end it as it is.
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
            return;
        }
        String id = null;
        if (status >= 500) {
            id = UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "Server error %s on %s %s", id, ctx.request().method(), path(ctx));
        }
        write(ctx, status, id);
    }

    private void write(RoutingContext ctx, int status, String id) {
        HttpResponseStatus reason = HttpResponseStatus.valueOf(status);
        Problem problem = new Problem(type(status), reason.reasonPhrase(), status, detail(status), path(ctx), id);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serializes", e);
        }
        // Also for requests no route matched (a request target of "*"), which guard() never saw.
        securityHeaders(ctx);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}

package news.timeline.ingest.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.ingest.rest.Problem;

import java.util.Optional;
import java.util.Set;

/**
 * The door of the service, ahead of everything else (before Quarkus's CORS filter and before the body is read):
 * <ol>
 * <li>a request whose {@code Origin} is neither this service's own nor on the allow-list is refused (403), whatever
 * its method and content type, so a web page elsewhere cannot even send a "simple" cross-origin POST;</li>
 * <li>writes (any method but GET, HEAD and OPTIONS under {@code /api/}) and everything under {@code /api/admin/}
 * need an API key ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}): none is 401, an unknown key 403;</li>
 * <li>each key has its own token bucket; an empty one is 429 with {@code Retry-After}.</li>
 * </ol>
 * Reads stay open: what the service serves besides its admin endpoints (OpenAPI, health, metrics) is not secret.
 * Every refusal is an RFC 9457 problem.
 */
@ApplicationScoped
public class WriteGuard {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final OriginPolicy origins;
    private final ObjectMapper json;

    public WriteGuard(ApiKeys keys, RateLimiter limiter, OriginPolicy origins, ObjectMapper json) {
        this.keys = keys;
        this.limiter = limiter;
        this.origins = origins;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, SecurityHandlerPriorities.CORS + 10);
    }

    void guard(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        String origin = request.getHeader("Origin");
        if (origin != null && !origins.allows(origin, request)) {
            refuse(rc, 403, "Origin not allowed", "Requests from origin " + origin + " are not allowed "
                    + "(INGEST_CORS_ORIGINS lists the web origins that may call this service)");
            return;
        }
        boolean admin = path.startsWith("/api/admin/") || path.equals("/api/admin");
        boolean write = path.startsWith("/api/") && !READS.contains(request.method());
        if (!admin && !write) {
            rc.next();
            return;
        }
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"ingest\"");
            refuse(rc, 401, "API key required", "Writes need an API key: send 'Authorization: Bearer KEY' or "
                    + "'X-API-Key: KEY'" + (keys.none() ? " (this service has no key configured yet)" : ""));
            return;
        }
        Optional<String> key = keys.match(presented.get());
        if (key.isEmpty()) {
            refuse(rc, 403, "API key not accepted", "The API key sent is not one this service accepts");
            return;
        }
        long wait = limiter.acquire(key.get());
        if (wait > 0) {
            rc.response().putHeader("Retry-After", String.valueOf(wait));
            refuse(rc, 429, "Rate limit", "Key '" + key.get() + "' is over its rate limit "
                    + "(ingest.security.rate-limit); retry after " + wait + " s");
            return;
        }
        rc.next();
    }

    private static Optional<String> presentedKey(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank()) {
            return Optional.of(authorization.substring(7).strip());
        }
        String header = request.getHeader(API_KEY_HEADER);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
    }

    private void refuse(RoutingContext rc, int status, String title, String detail) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, title, detail, rc.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serializes", e);
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}

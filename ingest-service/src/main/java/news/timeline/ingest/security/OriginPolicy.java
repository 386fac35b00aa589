package news.timeline.ingest.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which web origins may call this service: its own, and those of {@code quarkus.http.cors.origins} (the allow-list
 * Quarkus's CORS filter answers preflights from; an entry between slashes is a regular expression, as there).
 */
@ApplicationScoped
public class OriginPolicy {

    private final List<String> exact;
    private final List<Pattern> patterns;

    public OriginPolicy(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        List<String> entries = origins.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.exact = entries.stream().filter(s -> !isPattern(s)).toList();
        this.patterns = entries.stream().filter(OriginPolicy::isPattern)
                .map(s -> Pattern.compile(s.substring(1, s.length() - 1))).toList();
    }

    private static boolean isPattern(String entry) {
        return entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/");
    }

    /** Whether a request that carries {@code origin} may be served. */
    public boolean allows(String origin, HttpServerRequest request) {
        return sameOrigin(origin, request) || exact.contains(origin)
                || patterns.stream().anyMatch(p -> p.matcher(origin).matches());
    }

    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }
}

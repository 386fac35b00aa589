package news.timeline.ingest.cli;

import java.net.http.HttpRequest;

/**
 * The API key the command-line tools send: {@code TIMELINE_API_KEY} from the environment (./timeline sets it from
 * {@code .run/api-key}). Taken from the environment, not the command line, so that it does not show in {@code ps}.
 */
final class ApiKey {

    static final String VARIABLE = "TIMELINE_API_KEY";

    private ApiKey() {
    }

    /** The key of the environment, or null. */
    static String fromEnvironment() {
        String key = System.getenv(VARIABLE);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** The request with the key, when there is one. */
    static HttpRequest.Builder sign(HttpRequest.Builder request, String key) {
        return key == null ? request : request.header("X-API-Key", key);
    }

    /** What to tell the user when the service refused the key (401 none, 403 wrong). */
    static String refusal(int status) {
        return status == 401
                ? "ingest-service wants an API key: set " + VARIABLE + " (./timeline sets it from .run/api-key)"
                : "ingest-service does not accept the API key in " + VARIABLE;
    }
}

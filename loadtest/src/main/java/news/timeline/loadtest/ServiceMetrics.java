package news.timeline.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The metrics a service instance answers on its management port, in the Prometheus text format. */
final class ServiceMetrics {

    private ServiceMetrics() {
    }

    /** The text of {@code /q/metrics}, or empty when the instance does not answer it in time. */
    static Optional<String> read(HttpClient http, int managementPort, Duration timeout) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/q/metrics")).timeout(timeout)
                    .header("Accept", "text/plain").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

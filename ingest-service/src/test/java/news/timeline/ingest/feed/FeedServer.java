package news.timeline.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's) serving documents that a test changes between polls. A document with
 * an ETag is answered 304 to a request that sends it back; every request is recorded with the status answered.
 */
public final class FeedServer implements AutoCloseable {

    /** What a path answers now. */
    public record Answer(int status, String contentType, String body, String etag, Map<String, String> headers) {

        public static Answer ok(String contentType, String body, String etag) {
            return new Answer(200, contentType, body, etag, Map.of());
        }

        public static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, "text/plain", "unavailable", null, headers);
        }
    }

    /** A request as the server saw it. */
    public record Seen(String path, Instant at, String ifNoneMatch, String userAgent, int status) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> requests = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void serve(String path, Answer answer) {
        answers.put(path, answer);
    }

    public List<Seen> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Answer answer = answers.getOrDefault(path, Answer.status(404, Map.of()));
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        int status = answer.status() == 200 && answer.etag() != null && answer.etag().equals(ifNoneMatch)
                ? 304 : answer.status();
        requests.add(new Seen(path, Instant.now(), ifNoneMatch, exchange.getRequestHeaders().getFirst("User-Agent"),
                status));
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (answer.etag() != null) {
            exchange.getResponseHeaders().add("ETag", answer.etag());
        }
        if (status != 200) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

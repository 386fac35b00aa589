package news.timeline.loadtest.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A program following timeline-service's {@code GET /api/stream} as a client should: it records the id of every
 * change it receives and, when the connection drops, reconnects with {@code Last-Event-ID} set to the last one.
 */
public final class ChangeFollower implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI stream;
    private final List<Long> ids = new ArrayList<>();
    private volatile CompletableFuture<?> connection;
    private volatile int connections;

    private ChangeFollower(URI timeline) {
        this.stream = timeline.resolve("/api/stream");
    }

    /** Connects without Last-Event-ID: the changes from now on. */
    public static ChangeFollower start(URI timeline) {
        ChangeFollower follower = new ChangeFollower(timeline);
        follower.connect(null);
        return follower;
    }

    /** Connects again after the last change received (the old connection, if still open, is dropped). */
    public void resume() {
        connection.cancel(true);
        connect(lastId());
    }

    public synchronized List<Long> ids() {
        return List.copyOf(ids);
    }

    public int connections() {
        return connections;
    }

    private synchronized Long lastId() {
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    private void connect(Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        connections++;
        connection = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET /api/stream answered " + response.statusCode());
                    }
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("id:")).forEach(this::record);
                    }
                });
    }

    private synchronized void record(String idLine) {
        ids.add(Long.parseLong(idLine.substring(3).strip()));
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.cancel(true);
        }
    }
}

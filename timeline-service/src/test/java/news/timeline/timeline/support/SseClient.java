package news.timeline.timeline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.restassured.RestAssured;

/**
 * A Server-Sent Events client as a program would write one: a plain HTTP GET whose body is read line by line, each
 * blank line ending an event. Lines are read on a thread of their own, so every wait has a timeout.
 */
public final class SseClient implements AutoCloseable {

    /** One event; {@code comment} holds a comment line (heartbeats), the other fields are then null. */
    public record Event(String id, String name, String data, String comment) {
    }

    private static final Event END = new Event(null, null, null, null);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code pathAndQuery} of the service under test with the given request headers. */
    public static SseClient open(String pathAndQuery, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + RestAssured.port + pathAndQuery)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        return new SseClient(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (id != null || name != null || data != null) {
                        events.add(new Event(id, name, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line.substring(1).trim()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder() : data.append('\n');
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (RuntimeException e) {
            // the connection closed under the reader (close())
        } finally {
            events.add(END);
        }
    }

    /** The next event or comment, or null when none came within the timeout or the stream ended. */
    public Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return event == END ? null : event;
    }

    /** The events (not comments) received until one matches, or the timeout passes (then an AssertionError). */
    public List<Event> until(Predicate<Event> last, Duration timeout) throws InterruptedException {
        List<Event> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? next(Duration.ofNanos(left)) : null;
            if (event == null) {
                throw new AssertionError("no matching event within " + timeout + "; received " + received);
            }
            if (event.comment() != null) {
                continue;
            }
            received.add(event);
            if (last.test(event)) {
                return received;
            }
        }
    }

    /** The events (not comments) that arrive within the time given. */
    public List<Event> during(Duration time) throws InterruptedException {
        List<Event> received = new ArrayList<>();
        long deadline = System.nanoTime() + time.toNanos();
        for (long left = time.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = next(Duration.ofNanos(left));
            if (event == null) {
                break;
            }
            if (event.comment() == null) {
                received.add(event);
            }
        }
        return received;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}

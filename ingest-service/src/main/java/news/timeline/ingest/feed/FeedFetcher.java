package news.timeline.ingest.feed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * GETs a feed or a page politely and safely: conditional (ETag, Last-Modified), with connect and read timeouts, a
 * body size limit, and redirects followed by hand (at most {@value #MAX_REDIRECTS}) so that each hop passes the
 * {@link AddressGuard} too.
 */
@ApplicationScoped
public class FeedFetcher {

    static final String USER_AGENT = "news-timeline-ingest/1.0 (feed poller)";
    private static final int MAX_REDIRECTS = 5;

    private final AddressGuard guard;
    private final FeedConfig config;
    private final HttpClient http;
    /** Closes a body still being read when the read timeout is over: the client's own timeout stops at headers. */
    private final ScheduledExecutorService watchdog;

    public FeedFetcher(AddressGuard guard, FeedConfig config) {
        this.guard = guard;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void close() {
        watchdog.shutdownNow();
    }

    /** A GET of {@code url}; with {@code etag} and {@code lastModified} (either may be null) a conditional one. */
    FetchResult get(String url, String etag, String lastModified) throws FeedFetchException {
        URI uri = checked(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout())
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                            + "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response = send(request.build());
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                close(response.body());
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FeedFetchException("HTTP " + status + " without a Location"));
                uri = checked(uri.resolve(location.strip()).toString());
                continue;
            }
            byte[] body = status == 200 ? read(response) : drop(response);
            return new FetchResult(status, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null),
                    status == 429 || status == 503 ? retryAfter(response) : Optional.empty());
        }
        throw new FeedFetchException("more than " + MAX_REDIRECTS + " redirects");
    }

    private URI checked(String url) throws FeedFetchException {
        try {
            return guard.check(url);
        } catch (FeedUrlRefusedException e) {
            throw new FeedFetchException("refused: " + e.getMessage());
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws FeedFetchException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedFetchException("no answer within " + config.readTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new FeedFetchException("could not fetch: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted", e);
        }
    }

    private byte[] read(HttpResponse<InputStream> response) throws FeedFetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBodyBytes()) {
            close(response.body());
            throw tooLarge();
        }
        InputStream in = response.body();
        ScheduledFuture<?> timeout = watchdog.schedule(() -> close(in), config.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try (in) {
            byte[] body = in.readNBytes(config.maxBodyBytes() + 1);
            if (body.length > config.maxBodyBytes()) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new FeedFetchException(timeout.isDone() ? "the body took longer than "
                    + config.readTimeout().toSeconds() + " s" : "could not read the body: " + describe(e), e);
        } finally {
            timeout.cancel(false);
        }
    }

    private static byte[] drop(HttpResponse<InputStream> response) {
        close(response.body());
        return new byte[0];
    }

    private FeedFetchException tooLarge() {
        return new FeedFetchException("the body is larger than " + config.maxBodyBytes()
                + " bytes (ingest.feeds.max-body-bytes)");
    }

    /** Seconds or an HTTP date (RFC 9110); an unreadable value counts as absent. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is all that is wanted; a failure to close leaves nothing to do
        }
    }
}

package news.timeline.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import news.timeline.contract.ArticleMessage;
import news.timeline.contract.MessageReader;
import news.timeline.contract.PublicationDay;
import news.timeline.contract.ReprocessRun;
import news.timeline.contract.Topics;

/**
 * {@code ./timeline reprocess [--since DATE]}: the current engine over the stored articles, so that the timeline
 * updates in place. Sends the latest version of every article on {@code articles} (or of those published on or after
 * DATE) to {@code articles-reprocess} under a new run id, which extract-service reads beside {@code articles}; then
 * follows timeline-service's count of the run ({@code /api/reprocess-runs/{run}}) to its end and prints what changed.
 * A plain main, no Quarkus runtime.
 */
public final class ReprocessCommand {

    private static final String USAGE = "usage: reprocess [--bootstrap HOST:PORT] [--timeline URL] [--since DATE] "
            + "[--quiet SECONDS]";
    /** Progress is redrawn at most this often. */
    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();

    /** What the reading pass sent and left out. */
    record Sent(long sent, long before, long undated, long unreadable) {
    }

    private final String bootstrap;
    private final ApiClient timeline;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressBar progress;

    ReprocessCommand(String bootstrap, String timelineUrl, PrintStream out, PrintStream err) {
        this.bootstrap = bootstrap;
        this.timeline = new ApiClient(timelineUrl, "/api/reprocess-runs", null, Duration.ofSeconds(30));
        this.out = out;
        this.err = err;
        this.progress = new ProgressBar(err);
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:9092";
        String timelineUrl = "http://127.0.0.1:8083";
        LocalDate since = null;
        Duration quiet = Duration.ofSeconds(120);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap" -> bootstrap = args[++i];
                    case "--timeline" -> timelineUrl = args[++i];
                    case "--since" -> since = LocalDate.parse(args[++i]);
                    case "--quiet" -> quiet = Duration.ofSeconds(Long.parseLong(args[++i]));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
            System.err.println(USAGE + " (DATE as 2018-07-16)");
            System.exit(2);
        }
        ReprocessCommand command = new ReprocessCommand(bootstrap, timelineUrl, System.out, System.err);
        String run = ReprocessRun.newId(Instant.now());
        try {
            Sent sent = command.send(run, since);
            if (sent.sent() > 0) {
                command.follow(run, sent.sent(), quiet);
            }
        } catch (IllegalStateException e) {
            System.err.println("reprocess: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("reprocess: timeline-service at " + timelineUrl + " did not answer (" + e
                    + "); the run goes on: GET /api/reprocess-runs/" + run + " tells its count");
            System.exit(1);
        }
    }

    /** Sends the latest version of each stored article published on or after {@code since} (all when null). */
    Sent send(String run, LocalDate since) {
        err.printf("reprocess run %s: reading %s from the beginning of %s%n", run,
                since == null ? "every stored article" : "the articles published since " + since, Topics.ARTICLES);
        AtomicLong sent = new AtomicLong();
        AtomicLong before = new AtomicLong();
        AtomicLong undated = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        byte[] header = run.getBytes(StandardCharsets.UTF_8);
        try (StoredArticles articles = new StoredArticles(bootstrap, Topics.ARTICLES);
                KafkaProducer<String, String> producer = producer()) {
            long total = articles.records();
            long[] drawnAt = {0};
            articles.forEachLatest((key, value) -> {
                Optional<LocalDate> day;
                try {
                    day = Optional.ofNullable(PublicationDay.of(
                            MessageReader.read(ApiClient.JSON, value, ArticleMessage.class).publishedAt()));
                } catch (IllegalArgumentException e) {
                    // Dead-lettered when it first came; it would be again.
                    unreadable.incrementAndGet();
                    return;
                }
                if (since != null && day.isEmpty()) {
                    undated.incrementAndGet();
                    return;
                }
                if (since != null && day.get().isBefore(since)) {
                    before.incrementAndGet();
                    return;
                }
                ProducerRecord<String, String> again = new ProducerRecord<>(Topics.ARTICLES_REPROCESS, key, value);
                again.headers().add(ReprocessRun.HEADER, header);
                producer.send(again, (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                sent.incrementAndGet();
            }, read -> {
                if (System.nanoTime() - drawnAt[0] > REDRAW_NANOS || read == total) {
                    drawnAt[0] = System.nanoTime();
                    progress.draw(read, total, "records read; articles sent: " + sent.get());
                }
            });
            producer.flush();
            progress.finish();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka did not take every article (" + failure.get().getMessage()
                    + "); run reprocess again");
        }
        Sent result = new Sent(sent.get(), before.get(), undated.get(), unreadable.get());
        out.printf("reprocess run %s: %d article(s) sent to %s%s%n", run, result.sent(), Topics.ARTICLES_REPROCESS,
                left(result, since));
        return result;
    }

    /**
     * Waits until timeline-service has stored every article of the run, or until its count has not grown for
     * {@code quiet}, and prints what the run changed.
     */
    void follow(String run, long sent, Duration quiet) throws IOException, InterruptedException {
        err.printf("waiting for extract-service and timeline-service (GET /api/reprocess-runs/%s)%n", run);
        long stored = -1;
        long grewAt = System.nanoTime();
        JsonNode none = ApiClient.JSON.createObjectNode();
        JsonNode totals;
        while (true) {
            totals = timeline.find("/" + run).orElse(none);
            long now = totals.path("articles").asLong();
            if (now > stored) {
                stored = now;
                grewAt = System.nanoTime();
            }
            progress.draw(stored, sent, "articles re-extracted and stored");
            if (stored >= sent || System.nanoTime() - grewAt > quiet.toNanos()) {
                break;
            }
            Thread.sleep(1000);
        }
        progress.finish();
        out.printf("re-extracted: %d of %d (changed %d, unchanged %d)%n", stored, sent,
                totals.path("changed").asLong(), totals.path("unchanged").asLong());
        out.printf("events: %d added, %d removed, %d re-dated%n", totals.path("eventsAdded").asLong(),
                totals.path("eventsRemoved").asLong(), totals.path("eventsRedated").asLong());
        if (stored < sent) {
            out.printf("%d article(s) not stored after %d s without progress: see ./timeline dlq list, or GET "
                    + "/api/reprocess-runs/%s later%n", sent - stored, quiet.toSeconds(), run);
        }
    }

    private static String left(Sent sent, LocalDate since) {
        StringBuilder text = new StringBuilder();
        if (since != null) {
            text.append("; left out: ").append(sent.before()).append(" published before ").append(since).append(", ")
                    .append(sent.undated()).append(" without a publication date");
        }
        if (sent.unreadable() > 0) {
            text.append(since == null ? "; left out: " : ", ").append(sent.unreadable())
                    .append(" unreadable (dead-lettered when they came)");
        }
        return text.toString();
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "timeline-reprocess",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608"),
                new StringSerializer(), new StringSerializer());
    }
}

package news.timeline.loadtest.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import news.timeline.loadtest.Monitored;

/**
 * The whole system for one run: its own Kafka broker (in the test JVM, or a process of its own) and database, one
 * ingest-service and N instances of extract-service and of timeline-service, all real processes sharing the consumer
 * groups.
 */
public final class Pipeline implements AutoCloseable {

    public static final Duration START = Duration.ofSeconds(180);
    private final Broker kafka;
    private final TestPostgres postgres;
    private final String jdbcUrl;
    private final ServiceProcess ingest;
    private final List<ServiceProcess> extract = new ArrayList<>();
    private final List<ServiceProcess> timeline = new ArrayList<>();

    private Pipeline(Broker kafka, TestPostgres postgres, String jdbcUrl, ServiceProcess ingest) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
        this.ingest = ingest;
    }

    /** The key the load test writes with; ingest-service is given only its SHA-256. A test key, guarding nothing. */
    public static final String API_KEY = "loadtest-key";

    private static String sha256(String key) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    public static Pipeline start(TestPostgres postgres, String database, int replicas, int partitions)
            throws Exception {
        return start(postgres, database, replicas, TestKafka.start(partitions));
    }

    /** The system on a broker already started with the pipeline's topics; closing the pipeline closes it. */
    public static Pipeline start(TestPostgres postgres, String database, int replicas, Broker kafka)
            throws Exception {
        String jdbcUrl = postgres.createDatabase(database);
        Pipeline p = new Pipeline(kafka, postgres, jdbcUrl, ServiceProcess.start("ingest-service", database + "-ingest",
                Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
                        "ingest.security.api-key-hashes", "loadtest:" + sha256(API_KEY),
                        // The suites measure the pipeline and its answers to bad input, not the per-key rate limit.
                        "ingest.security.rate-limit.requests-per-second", "1000000",
                        "ingest.security.rate-limit.burst", "1000000")));
        try {
            for (int i = 0; i < replicas; i++) {
                p.extract.add(p.startExtract(database + "-extract-" + i));
                p.timeline.add(p.startTimeline(database + "-timeline-" + i));
            }
            p.ingest.awaitReady(START);
            for (ServiceProcess s : p.extract) {
                s.awaitReady(START);
            }
            for (ServiceProcess s : p.timeline) {
                s.awaitReady(START);
            }
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
        return p;
    }

    private ServiceProcess startExtract(String name) throws java.io.IOException {
        // A killed instance's partitions move after its session times out: 6 s (the broker's minimum), not 45 s.
        // The instance's name as its consumers' client id, so that a group's members can be told apart by instance.
        return ServiceProcess.start("extract-service", name, Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
                "mp.messaging.incoming.articles.client.id", name,
                "mp.messaging.incoming.articles.session.timeout.ms", "6000",
                "mp.messaging.incoming.articles.heartbeat.interval.ms", "1000"));
    }

    private ServiceProcess startTimeline(String name) throws java.io.IOException {
        Map<String, String> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", kafka.bootstrap());
        props.put("quarkus.datasource.jdbc.url", jdbcUrl);
        props.put("quarkus.datasource.username", TestPostgres.APP);
        props.put("quarkus.datasource.password", postgres.appPassword());
        props.put("quarkus.flyway.username", TestPostgres.OWNER);
        props.put("quarkus.flyway.password", postgres.ownerPassword());
        props.put("quarkus.datasource.jdbc.max-size", "8");
        props.put("mp.messaging.incoming.article-events.client.id", name);
        props.put("mp.messaging.incoming.article-events.session.timeout.ms", "6000");
        props.put("mp.messaging.incoming.article-events.heartbeat.interval.ms", "1000");
        return ServiceProcess.start("timeline-service", name, props);
    }

    /** Kills instance {@code index} of extract-service and of timeline-service (SIGKILL). */
    public void killInstance(int index) throws InterruptedException {
        extract.get(index).kill();
        timeline.get(index).kill();
    }

    /** Starts instance {@code index} of both again, in the same groups, and waits until they are ready. */
    public void restartInstance(int index, String suffix) throws Exception {
        ServiceProcess e = startExtract(extract.get(index).name() + suffix);
        ServiceProcess t = startTimeline(timeline.get(index).name() + suffix);
        extract.set(index, e);
        timeline.set(index, t);
        e.awaitReady(START);
        t.awaitReady(START);
    }

    /**
     * Kills instance {@code index} of {@code module} (SIGKILL) and starts it again on the same port with the same
     * configuration, as a supervisor would; waits until it is ready.
     */
    public void killAndRestart(String module, int index) throws Exception {
        List<ServiceProcess> instances = switch (module) {
            case "extract-service" -> extract;
            case "timeline-service" -> timeline;
            default -> throw new IllegalArgumentException(module);
        };
        ServiceProcess old = instances.get(index);
        old.kill();
        ServiceProcess restarted = old.restart();
        instances.set(index, restarted);
        restarted.awaitReady(START);
    }

    /** Every service process of the system. */
    public List<ServiceProcess> services() {
        List<ServiceProcess> all = new ArrayList<>();
        all.add(ingest);
        all.addAll(extract);
        all.addAll(timeline);
        return all;
    }

    public java.net.URI ingestUrl() {
        return java.net.URI.create(ingest.baseUrl());
    }

    public java.net.URI timelineUrl() {
        return java.net.URI.create(timeline.get(0).baseUrl());
    }

    public String bootstrap() {
        return kafka.bootstrap();
    }

    public Broker kafka() {
        return kafka;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public List<Monitored> monitored() {
        List<Monitored> out = new ArrayList<>();
        out.add(ingest.monitored());
        extract.forEach(s -> out.add(s.monitored()));
        timeline.forEach(s -> out.add(s.monitored()));
        return out;
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A connection of the tests' own, as the owner of the schema. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, TestPostgres.OWNER, postgres.ownerPassword());
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess s : timeline) {
            s.close();
        }
        for (ServiceProcess s : extract) {
            s.close();
        }
        if (ingest != null) {
            ingest.close();
        }
        kafka.close();
    }
}

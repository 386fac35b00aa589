package news.timeline.loadtest.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL from Debian's binaries (the newest under /usr/lib/postgresql) in a temporary directory on a free
 * loopback port, as timeline-service's tests run it: each database with the roles of a deployment
 * (timeline-service/db/roles.sql), logging in with passwords over TCP; the superuser only over the Unix socket. Its
 * server refuses root, so as root it runs as user postgres.
 */
public final class TestPostgres implements AutoCloseable {

    /** Owns the schema; timeline-service's Flyway migrates as this role. */
    public static final String OWNER = "timeline_owner";
    /** What timeline-service connects as: rows only. */
    public static final String APP = "timeline_app";
    private static final String SUPERUSER = "postgres";
    private static final Path ROLES = Path.of("..", "timeline-service", "db", "roles.sql").toAbsolutePath().normalize();
    private final String ownerPassword = randomPassword();
    private final String appPassword = randomPassword();
    private final boolean root = "root".equals(System.getProperty("user.name"));
    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;

    private TestPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** The server binaries, or null when PostgreSQL is not installed. */
    public static Path findBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString()
                            .replaceAll("\\D", "0")))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    public static TestPostgres start() throws IOException {
        Path bin = findBin();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql)");
        }
        Path dir = Files.createTempDirectory("loadtest-pg-");
        TestPostgres pg = new TestPostgres(bin, dir, freePort());
        pg.initdb();
        pg.startServer();
        return pg;
    }

    private void initdb() {
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale"), true);
    }

    /** Starts the server (again, after {@link #stopServer()}) on its port and data directory; waits until it runs. */
    public void startServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"), true);
    }

    /** A fast shutdown: clients are disconnected, their transactions rolled back. The data stays. */
    public void stopServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                true);
    }

    /** Creates a database with the two roles' rights (db/roles.sql) and returns its JDBC URL. */
    public String createDatabase(String name) {
        List<String> socket = List.of("-h", dir.toString(), "-p", String.valueOf(port), "-U", SUPERUSER);
        List<String> createdb = new ArrayList<>(List.of(bin.resolve("createdb").toString()));
        createdb.addAll(socket);
        createdb.add(name);
        run(createdb, true);
        List<String> psql = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-q", "-d", name));
        psql.addAll(socket);
        psql.addAll(List.of("-f", ROLES.toString()));
        // passwords travel in the environment, which other users cannot read (arguments they can)
        run(psql, true, Map.of("TIMELINE_DB_OWNER", OWNER, "TIMELINE_DB_OWNER_PASSWORD", ownerPassword,
                "TIMELINE_DB_USER", APP, "TIMELINE_DB_PASSWORD", appPassword));
        return jdbcUrl(name);
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appPassword() {
        return appPassword;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                    true);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }

    private void run(List<String> command, boolean asServerUser) {
        run(command, asServerUser, Map.of());
    }

    private void run(List<String> command, boolean asServerUser, Map<String, String> environment) {
        List<String> full = new ArrayList<>();
        if (asServerUser && root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = dir.resolve("commands.log");
        try {
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).directory(dir.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + full + "\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + full, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999): a service restarted on its old port after a kill must
     * find it free, and an outgoing connection's local port, taken from the ephemeral range meanwhile, once took it
     * (the fault suite's restarted extract-service then could not start).
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + PORTS.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    private static final java.util.Random PORTS = new SecureRandom();
}

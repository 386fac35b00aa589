package news.timeline.timeline.support;

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

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL 15 from Debian's binaries in a temporary data directory on a free loopback port, with the roles of
 * a deployment (db/roles.sql): the service connects as the least-privileged role with a password, Flyway as the owner.
 * Its server refuses to run as root, so as root it runs as user postgres, who then owns the directory; the superuser
 * ({@value #SUPERUSER}) logs in over the Unix socket only. Fault tests stop and start the server
 * ({@link #stopServer()}, {@link #startServer()}); it comes back on the same port with its data.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The running resource, for fault tests in the same JVM. */
    private static volatile PostgresResource running;

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Path ROLES = Path.of("db", "roles.sql");
    private static final String DATABASE = "timeline";
    private static final String SUPERUSER = "postgres";
    private static final String OWNER = "timeline_owner";
    private static final String APP = "timeline_app";

    private final boolean root = "root".equals(System.getProperty("user.name"));
    private Path dir;
    private Path data;
    private int port;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("timeline-pg-");
            data = dir.resolve("data");
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            port = freePort();
            run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale"), true);
            startServerProcess();
            running = this;
            List<String> socket = List.of("-h", dir.toString(), "-p", String.valueOf(port), "-U", SUPERUSER);
            run(concat(List.of(BIN.resolve("createdb").toString()), socket, List.of(DATABASE)), true);
            String ownerPassword = randomPassword();
            String appPassword = randomPassword();
            run(concat(List.of(BIN.resolve("psql").toString(), "-X", "-q", "-d", DATABASE), socket,
                    List.of("-f", ROLES.toAbsolutePath().toString())), true,
                    Map.of("TIMELINE_DB_OWNER", OWNER, "TIMELINE_DB_OWNER_PASSWORD", ownerPassword,
                            "TIMELINE_DB_USER", APP, "TIMELINE_DB_PASSWORD", appPassword));
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                    "quarkus.datasource.username", APP,
                    "quarkus.datasource.password", appPassword,
                    "quarkus.flyway.username", OWNER,
                    "quarkus.flyway.password", ownerPassword);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    /** Stops the server as an operator would for maintenance ({@code pg_ctl stop -m fast}): sessions are ended. */
    public static void stopServer() {
        running.run(List.of(BIN.resolve("pg_ctl").toString(), "-D", running.data.toString(), "-m", "fast", "-w",
                "stop"), true);
    }

    /** Starts the stopped server again, on the same port with the same data. */
    public static void startServer() {
        running.startServerProcess();
    }

    private void startServerProcess() {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start"), true);
    }

    @Override
    public void stop() {
        if (data == null) {
            return;
        }
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), true);
        } finally {
            deleteRecursively(dir);
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
        try {
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile()).directory(dir.toFile());
            // passwords travel in the environment, which other users cannot read (arguments they can)
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + full + "\n"
                        + Files.readString(dir.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + full, e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}

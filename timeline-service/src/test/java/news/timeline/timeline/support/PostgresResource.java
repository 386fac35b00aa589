package news.timeline.timeline.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL 15 from Debian's binaries in a temporary data directory on a free loopback port. Its server
 * refuses to run as root, so as root it runs as user postgres, who then owns the directory. Fault tests stop and
 * start the server ({@link #stopServer()}, {@link #startServer()}); it comes back on the same port with its data.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The running resource, for fault tests in the same JVM. */
    private static volatile PostgresResource running;

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String DATABASE = "timeline";
    private static final String USER = "timeline";

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
            run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-locale"), true);
            startServerProcess();
            running = this;
            run(List.of(BIN.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                    DATABASE), true);
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                    "quarkus.datasource.username", USER,
                    "quarkus.datasource.password", "unused-with-trust-auth");
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
        List<String> full = new ArrayList<>();
        if (asServerUser && root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile()).directory(dir.toFile())
                    .start();
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

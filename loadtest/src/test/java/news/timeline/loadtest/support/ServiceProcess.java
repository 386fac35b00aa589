package news.timeline.loadtest.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import news.timeline.loadtest.Monitored;

/**
 * A service of the system run from its packaged jar (target/quarkus-app/quarkus-run.jar) on free loopback ports: one for
 * its API, one for its management interface (health and metrics).
 */
public final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final String name;
    private final Map<String, String> properties;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String module, String name, Map<String, String> properties, Process process, int port,
            int managementPort, Path log) {
        this.module = module;
        this.name = name;
        this.properties = properties;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** The packaged jar of a sibling module, which a reactor build (mvn verify at the root) packages first. */
    public static Path jarOf(String module) {
        return Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
    }

    /** Starts {@code module} as instance {@code name}, configured by system properties; the log goes to target/. */
    public static ServiceProcess start(String module, String name, Map<String, String> properties) throws IOException {
        return start(module, name, properties, TestPostgres.freePort(), TestPostgres.freePort());
    }

    private static ServiceProcess start(String module, String name, Map<String, String> properties, int port,
            int managementPort) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jarOf(module).toString()));
        Path log = Path.of("target", "services", name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(module, name, properties, process, port, managementPort, log);
    }

    /**
     * Starts the same service again, as a supervisor would after it died: same configuration, same ports (its clients
     * keep their URLs), same log. The process must be gone.
     */
    public ServiceProcess restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(module, name, properties, port, managementPort);
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Monitored monitored() {
        return new Monitored(name, process.pid(), managementPort, false);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** {@code GET /q/health/ready} on the management port answered 200 now. */
    public boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + managementPort
                    + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notListening) {
            return false;
        }
    }

    /**
     * What a failed wait should print about this service, since CI keeps only the failure message: its health checks
     * (a consumer whose stream ended shows there) and its last warnings and errors.
     */
    public String diagnosis() {
        StringBuilder out = new StringBuilder(name).append(alive() ? "" : " (exited)").append(": health ");
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + managementPort
                    + "/q/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            int status = connection.getResponseCode();
            try (var body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = body == null ? "" : new String(body.readAllBytes()).replaceAll("\\s+", " ");
                out.append(status).append(' ').append(abbreviated(text, 800));
            }
        } catch (IOException e) {
            out.append("unanswered (").append(e).append(')');
        }
        try (var lines = Files.lines(log)) {
            List<String> problems = lines.filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
            out.append("; last warnings of ").append(problems.size()).append(':');
            problems.subList(Math.max(0, problems.size() - 4), problems.size())
                    .forEach(l -> out.append(" | ").append(abbreviated(l, 300)));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.append("; log unreadable: ").append(e);
        }
        return out.toString();
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** Waits, bounded, until the service reports ready. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no leaving the consumer group, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

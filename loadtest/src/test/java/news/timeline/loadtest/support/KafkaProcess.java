package news.timeline.loadtest.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker in a JVM of its own, as {@code ./timeline up} runs it ({@code kafka.Kafka
 * server.properties}, storage formatted first), from the Kafka jars on the test classpath. In its own process it can
 * be stopped cleanly, killed with SIGKILL, and started again on the same loopback ports and data directory, which
 * the services' clients find again by themselves.
 */
public final class KafkaProcess extends Broker {

    private static final Duration READY = Duration.ofSeconds(120);
    private final Path dir;
    private final int port;
    private final String classpath;
    private Process process;

    private KafkaProcess(Path dir, int port, String classpath) {
        this.dir = dir;
        this.port = port;
        this.classpath = classpath;
    }

    /** Formats a fresh data directory under {@code dir}, starts the broker and creates the pipeline's topics. */
    public static KafkaProcess start(Path dir, int partitions) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = TestPostgres.freePort();
        int controllerPort = TestPostgres.freePort();
        KafkaProcess kafka = new KafkaProcess(dir.toAbsolutePath(), port, testClasspath());
        Files.writeString(kafka.dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + kafka.dir.resolve("data"),
                "num.partitions=" + partitions,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=8388608", ""));
        kafka.run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                kafka.dir.resolve("server.properties").toString()));
        kafka.startProcess();
        kafka.createTopics(partitions);
        return kafka;
    }

    /**
     * The test classpath, which holds the broker (kafka_2.13, through kafka-test-common-runtime); surefire names it
     * in {@code surefire.test.class.path} when {@code java.class.path} is only its booter jar.
     */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @Override
    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker again on its ports and data directory and waits, bounded, until it answers. */
    public void restart() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker is still running");
        }
        startProcess();
    }

    /** A clean shutdown (SIGTERM: controlled shutdown, logs flushed), waited for. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the broker did not stop within 90 s of SIGTERM");
        }
    }

    /** SIGKILL: no controlled shutdown, whatever is not on disk is recovered from the log at the next start. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void startProcess() throws Exception {
        Path log = dir.resolve("kafka.out");
        process = new ProcessBuilder(javaCommand("-Xmx384m", List.of("kafka.Kafka",
                dir.resolve("server.properties").toString()))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady(log);
    }

    private void awaitReady(Path log) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000"))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        admin.listTopics().names().get(10, TimeUnit.SECONDS);
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting or recovering its log
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not answer within " + READY + "; see " + log);
                }
                Thread.sleep(500);
            }
        }
    }

    private void run(List<String> mainAndArgs) throws IOException, InterruptedException {
        Path log = dir.resolve("format.out");
        Process p = new ProcessBuilder(javaCommand("-Xmx256m", mainAndArgs)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + mainAndArgs);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + mainAndArgs + "\n"
                    + Files.readString(log));
        }
    }

    private List<String> javaCommand(String heap, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", classpath));
        command.addAll(mainAndArgs);
        return command;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

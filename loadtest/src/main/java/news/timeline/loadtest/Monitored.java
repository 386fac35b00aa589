package news.timeline.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A process whose CPU and memory the load test samples.
 *
 * @param managementPort its management port, where {@code /q/metrics} answers, or -1 (then its heap comes from
 *                       {@code jcmd} when it is a JVM)
 * @param children whether its child processes count too (PostgreSQL's backends)
 */
public record Monitored(String name, long pid, int managementPort, boolean children) {

    /**
     * The processes {@code ./timeline up} started: {@code RUN_DIR/pids/NAME} holds a pid and
     * {@code RUN_DIR/management-ports/NAME} the management port of a service instance (none for the broker);
     * PostgreSQL's postmaster pid is in its data directory.
     */
    public static List<Monitored> fromRunDir(Path runDir) {
        List<Monitored> out = new ArrayList<>();
        Path pids = runDir.resolve("pids");
        if (Files.isDirectory(pids)) {
            try (Stream<Path> files = Files.list(pids)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    long pid = readLong(file);
                    if (pid <= 0 || !Files.exists(Path.of("/proc", String.valueOf(pid)))) {
                        continue;
                    }
                    long managementPort = readLong(runDir.resolve("management-ports").resolve(name));
                    out.add(new Monitored(name, pid, (int) managementPort, false));
                }
            } catch (IOException e) {
                // nothing to monitor
            }
        }
        long postmaster = readLong(runDir.resolve("postgres").resolve("data").resolve("postmaster.pid"));
        if (postmaster > 0 && Files.exists(Path.of("/proc", String.valueOf(postmaster)))) {
            out.add(new Monitored("postgres", postmaster, -1, true));
        }
        return out;
    }

    private static long readLong(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return Long.parseLong(first);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}

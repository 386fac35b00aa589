package news.timeline.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU (from {@code /proc/PID/stat}), resident memory (from {@code /proc/PID/status}) and used heap of the monitored
 * processes: the heap from the service's {@code /q/metrics} on its management port
 * ({@code jvm_memory_used_bytes{area="heap"}}), else, for a JVM without metrics (the Kafka broker), from
 * {@code jcmd PID GC.heap_info} every tenth sample only, since jcmd itself costs a JVM start.
 */
final class ProcessSampler {

    private static final Pattern HEAP_LINE = Pattern.compile("^jvm_memory_used_bytes\\{([^}]*)\\}\\s+([0-9.eE+-]+)");
    private static final Pattern JCMD_USED = Pattern.compile("used\\s+(\\d+)K");

    private final HttpClient http;
    private final List<Monitored> processes;
    private final double ticksPerSecond;
    private final Map<String, Long> lastTicks = new HashMap<>();
    private final Map<String, Double> lastJcmdHeap = new HashMap<>();
    private long lastNanos;
    private int round;

    ProcessSampler(HttpClient http, List<Monitored> processes) {
        this.http = http;
        this.processes = processes;
        this.ticksPerSecond = clockTicks();
    }

    List<Monitored> processes() {
        return processes;
    }

    record Reading(Map<String, Double> cpu, Map<String, Double> heapMb, Map<String, Double> rssMb) {
    }

    /**
     * CPU-seconds each process has used so far, in all and in its JIT compiler threads: a run in which a service
     * still compiles its hot code measures its warm-up, not its steady cost.
     */
    record CpuTotals(Map<String, Double> all, Map<String, Double> compiler) {

        /** What each process used from {@code before} to this reading. */
        CpuTotals since(CpuTotals before) {
            Map<String, Double> all = new LinkedHashMap<>();
            Map<String, Double> compiler = new LinkedHashMap<>();
            this.all.forEach((name, v) -> all.put(name, Math.max(0, v - before.all.getOrDefault(name, 0.0))));
            this.compiler.forEach((name, v) -> compiler.put(name,
                    Math.max(0, v - before.compiler.getOrDefault(name, 0.0))));
            return new CpuTotals(all, compiler);
        }
    }

    CpuTotals totals() {
        Map<String, Double> all = new LinkedHashMap<>();
        Map<String, Double> compiler = new LinkedHashMap<>();
        for (Monitored p : processes) {
            List<Long> pids = pidsOf(p);
            all.put(p.name(), sum(pids, ProcessSampler::cpuTicks) / ticksPerSecond);
            compiler.put(p.name(), sum(pids, ProcessSampler::compilerTicks) / ticksPerSecond);
        }
        return new CpuTotals(all, compiler);
    }

    /**
     * utime + stime of a JVM's JIT compiler threads (HotSpot names them "C1 CompilerThreadN" and "C2 CompilerThreadN";
     * the kernel keeps 15 characters of a thread's name). A compiler thread that HotSpot stops takes its time with
     * it, so on a machine with many cores this is a lower bound; with two there is one of each, never stopped.
     */
    static long compilerTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                if (isCompilerThread(readName(task))) {
                    ticks += cpuTicks(task.resolve("stat"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // gone, or not ours to read
        }
        return ticks;
    }

    static boolean isCompilerThread(String name) {
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    private static String readName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    Reading sample() {
        long now = System.nanoTime();
        double seconds = lastNanos == 0 ? 0 : (now - lastNanos) / 1e9;
        lastNanos = now;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> heap = new LinkedHashMap<>();
        Map<String, Double> rss = new LinkedHashMap<>();
        for (Monitored p : processes) {
            List<Long> pids = pidsOf(p);
            long ticks = sum(pids, ProcessSampler::cpuTicks);
            long rssKb = sum(pids, ProcessSampler::rssKb);
            Long before = lastTicks.put(p.name(), ticks);
            cpu.put(p.name(), before == null || seconds <= 0 ? Double.NaN
                    : Math.max(0, (ticks - before) / ticksPerSecond / seconds * 100));
            rss.put(p.name(), rssKb / 1024.0);
            heap.put(p.name(), heapMb(p));
        }
        round++;
        return new Reading(cpu, heap, rss);
    }

    private double heapMb(Monitored p) {
        if (p.managementPort() > 0) {
            try {
                Optional<String> metrics = ServiceMetrics.read(http, p.managementPort(), Duration.ofSeconds(2));
                if (metrics.isPresent()) {
                    double bytes = 0;
                    boolean found = false;
                    for (String line : metrics.get().split("\n")) {
                        Matcher m = HEAP_LINE.matcher(line);
                        if (m.find() && m.group(1).contains("area=\"heap\"")) {
                            bytes += Double.parseDouble(m.group(2));
                            found = true;
                        }
                    }
                    if (found) {
                        return bytes / (1024 * 1024);
                    }
                }
            } catch (RuntimeException e) {
                return Double.NaN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }
        if (p.children()) {
            return Double.NaN; // not a JVM
        }
        if (round % 10 == 0) {
            lastJcmdHeap.put(p.name(), jcmdHeapMb(p.pid()));
        }
        return lastJcmdHeap.getOrDefault(p.name(), Double.NaN);
    }

    private static double jcmdHeapMb(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Double.NaN;
        }
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Double.NaN;
            }
            Matcher m = JCMD_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** utime + stime of a process, in clock ticks; 0 when it is gone. */
    static long cpuTicks(long pid) {
        return cpuTicks(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /** utime + stime from a process's or a thread's {@code stat} file, in clock ticks; 0 when it is gone. */
    static long cpuTicks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    private static long parentOf(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The process, with its children when it is a server of many processes (PostgreSQL's backends). */
    private static List<Long> pidsOf(Monitored p) {
        return p.children() ? withChildren(p.pid()) : List.of(p.pid());
    }

    private static long sum(List<Long> pids, LongUnaryOperator perProcess) {
        long sum = 0;
        for (long pid : pids) {
            sum += perProcess.applyAsLong(pid);
        }
        return sum;
    }

    private static List<Long> withChildren(long pid) {
        List<Long> pids = new java.util.ArrayList<>(List.of(pid));
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> parentOf(p.resolve("stat")) == pid)
                    .forEach(p -> pids.add(Long.parseLong(p.getFileName().toString())));
        } catch (IOException e) {
            // the parent alone
        }
        return pids;
    }

    private static double clockTicks() {
        try {
            Process process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(5, TimeUnit.SECONDS);
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}

package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CPU read from /proc: a process's whole and its JIT compiler threads' share. */
class ProcessSamplerTest {

    @Test
    void compilerThreadsAreHotSpotsC1AndC2AsTheKernelNamesThem() {
        assertThat(ProcessSampler.isCompilerThread("C2 CompilerThre")).isTrue();
        assertThat(ProcessSampler.isCompilerThread("C1 CompilerThre")).isTrue();
        assertThat(ProcessSampler.isCompilerThread("executor-thread")).isFalse();
        assertThat(ProcessSampler.isCompilerThread("GC Thread#0")).isFalse();
    }

    @Test
    void thisJvmsCompilerThreadsHaveWorkedAndTookPartOfItsCpu() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        long pid = ProcessHandle.current().pid();
        // JUnit and AssertJ were loaded and compiled before this test body ran
        long compiler = ProcessSampler.compilerTicks(pid);
        long all = ProcessSampler.cpuTicks(pid);
        assertThat(compiler).isPositive();
        assertThat(compiler).isLessThan(all);
        assertThat(ProcessSampler.compilerTicks(Long.MAX_VALUE)).isZero();
    }

    @Test
    void cpuSinceAReadingIsTheDifferencePerProcess() {
        ProcessSampler.CpuTotals before = new ProcessSampler.CpuTotals(Map.of("a", 10.0, "b", 5.0),
                Map.of("a", 2.0, "b", 0.0));
        ProcessSampler.CpuTotals after = new ProcessSampler.CpuTotals(Map.of("a", 25.0, "b", 5.5),
                Map.of("a", 9.0, "b", 0.0));
        ProcessSampler.CpuTotals run = after.since(before);
        assertThat(run.all()).containsEntry("a", 15.0).containsEntry("b", 0.5);
        assertThat(run.compiler()).containsEntry("a", 7.0).containsEntry("b", 0.0);
    }
}

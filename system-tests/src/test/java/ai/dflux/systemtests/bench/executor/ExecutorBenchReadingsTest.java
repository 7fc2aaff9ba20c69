package ai.dflux.systemtests.bench.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The parts of the Executor benchmark that read numbers, checked without any server. */
class ExecutorBenchReadingsTest {

    @Test
    void p99IsTheNearestRank() {
        List<Double> hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
        assertThat(new LagSamples(hundred, 0, List.of()).p99()).isEqualTo(99.0);
        assertThat(new LagSamples(List.of(5.0, 1.0, 3.0), 0, List.of()).p99()).isEqualTo(5.0);
        assertThat(new LagSamples(List.of(5.0, 1.0, 3.0), 0, List.of()).percentile(0.5)).isEqualTo(3.0);
        assertThat(new LagSamples(List.of(), 2, List.of()).p99()).isNaN();
    }

    @Test
    void heapIsTheSumOfTheHeapPoolsOnly() {
        String metrics = String.join("\n",
                "# TYPE jvm_memory_used_bytes gauge",
                "jvm_memory_used_bytes{area=\"heap\",id=\"Eden Space\"} 1048576.0",
                "jvm_memory_used_bytes{area=\"heap\",id=\"Tenured Gen\"} 2.097152E6",
                "jvm_memory_used_bytes{area=\"nonheap\",id=\"Metaspace\"} 9.99E8",
                "jvm_memory_committed_bytes{area=\"heap\",id=\"Eden Space\"} 9.99E8");
        assertThat(ProcessSampler.heapMb(metrics)).isEqualTo(3.0);
    }

    @Test
    void medianOfMeasuresOfOddAndEvenCounts() {
        assertThat(new Measurements.Measure("m", "s", "", List.of(3.0, 1.0, 2.0)).median()).isEqualTo(2.0);
        assertThat(new Measurements.Measure("m", "s", "", List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }

    @Test
    void procStatFieldsAreCountedAfterACommandNameWithSpacesAndParens() {
        String stat = "4242 (postgres: wal (x)) S 17 4242 4242 0 -1 4194304 10 0 0 0 123 45 6 7 20 0 1 0 99";
        String[] fields = ProcStat.statFields(stat);
        assertThat(fields[1]).isEqualTo("4242");
        assertThat(fields[2]).isEqualTo("postgres: wal (x)");
        assertThat(fields[4]).isEqualTo("17");
        assertThat(fields[14]).isEqualTo("123");
        assertThat(fields[15]).isEqualTo("45");
        assertThat(fields[16]).isEqualTo("6");
        assertThat(fields[17]).isEqualTo("7");
    }

    @Test
    void aStatReadingTakesThePidParentAndBothCpuCounts() {
        ProcStat.Stat stat = ProcStat.Stat.parse(
                "4242 (postgres: wal (x)) S 17 4242 4242 0 -1 4194304 10 0 0 0 123 45 6 7 20 0 1 0 99");
        assertThat(stat).isEqualTo(new ProcStat.Stat(4242, 17, 168, 13));
    }

    @Test
    void childrenOfThisJvmIncludeAProcessItStarted() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(ProcStat.children(ProcessHandle.current().pid())).extracting(ProcStat.Stat::pid)
                    .contains(child.pid());
            assertThat(ProcStat.parentPid(child.pid())).isEqualTo(ProcessHandle.current().pid());
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void machineBusyTimeLeavesOutIdleAndIowait() {
        String procStat = "cpu  100 2 30 5000 70 4 5 6 900 0\ncpu0 50 1 15 2500 35 2 2 3 0 0\n";
        assertThat(ProcStat.machineBusyTicks(procStat)).isEqualTo(100 + 2 + 30 + 4 + 5 + 6);
    }

    @Test
    void cpuSplitGivesTheRestOfTheMachineAndFiguresPerThousandTransactions() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put(CpuSplit.SOURCE_SESSIONS, 60.0);
        seconds.put(CpuSplit.EXECUTOR, 20.0);
        seconds.put(CpuSplit.TARGET_SERVER, 5.0);
        CpuSplit.Split split = new CpuSplit.Split(seconds, 110.0, 60.0, 2);
        assertThat(split.rest()).isEqualTo(25.0);
        assertThat(split.millisPerThousand(250_000, CpuSplit.EXECUTOR, CpuSplit.TARGET_SERVER)).isEqualTo(100.0);
        assertThat(split.millisPerThousand(250_000, CpuSplit.SOURCE_WALSENDERS)).isEqualTo(0.0);
        assertThat(split.machineMillisPerThousand(250_000)).isEqualTo(440.0);
        assertThat(split.toString()).contains("executor 20.0 s", "rest of the machine 25.0 s",
                "machine busy 110.0 s of 120.0 s");
    }
}

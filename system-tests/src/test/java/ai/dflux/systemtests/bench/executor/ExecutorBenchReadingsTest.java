package ai.dflux.systemtests.bench.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

package ai.dflux.systemtests.bench.executor;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches one JVM service process: its used heap ({@code jvm_memory_used_bytes{area="heap"}} of its {@code /q/metrics},
 * summed over the heap's pools), its resident memory ({@code VmRSS}) and its CPU time ({@code utime + stime} of
 * {@code /proc/<pid>/stat}). A {@link Window} gives the peaks and the CPU seconds between its opening and closing;
 * several windows may be open at once.
 */
public final class ProcessSampler implements AutoCloseable {

    private static final double MIB = 1024.0 * 1024.0;

    /** What a window saw. */
    public record Usage(double peakHeapMb, double peakRssMb, double cpuSeconds, double wallSeconds, int samples) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "peak heap %.0f MiB, peak RSS %.0f MiB, CPU %.1f s in %.1f s wall"
                    + " (%d samples)", peakHeapMb, peakRssMb, cpuSeconds, wallSeconds, samples);
        }
    }

    /** Peaks and CPU time from its opening until {@link #close()}. */
    public final class Window {
        private final double cpuAtOpen = cpuSeconds();
        private final long openedAt = System.nanoTime();
        private volatile double peakHeapMb;
        private volatile double peakRssMb;
        private volatile int samples;
        private Usage closed;

        private synchronized void see(double heapMb, double rssMb) {
            peakHeapMb = Math.max(peakHeapMb, heapMb);
            peakRssMb = Math.max(peakRssMb, rssMb);
            samples++;
        }

        /** Takes one last sample and returns what the window saw; later calls return the same. */
        public synchronized Usage close() {
            if (closed == null) {
                sample();
                windows.remove(this);
                closed = new Usage(peakHeapMb, peakRssMb, cpuSeconds() - cpuAtOpen,
                        (System.nanoTime() - openedAt) / 1e9, samples);
            }
            return closed;
        }
    }

    private final long pid;
    private final Supplier<String> metrics;
    private final double ticksPerSecond;
    private final List<Window> windows = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "process-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private ProcessSampler(long pid, Supplier<String> metrics, double ticksPerSecond) {
        this.pid = pid;
        this.metrics = metrics;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Starts sampling process {@code pid}, whose Prometheus text {@code metrics} supplies, every {@code interval}. */
    public static ProcessSampler start(long pid, Supplier<String> metrics, Duration interval) throws IOException {
        ProcessSampler sampler = new ProcessSampler(pid, metrics, ProcStat.ticksPerSecond());
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    public Window window() {
        Window window = new Window();
        windows.add(window);
        return window;
    }

    private void sample() {
        if (windows.isEmpty()) {
            return;
        }
        try {
            double heap = heapMb(metrics.get());
            double rss = rssMb();
            windows.forEach(window -> window.see(heap, rss));
        } catch (RuntimeException | AssertionError e) {
            System.out.println("[bench] process sample failed: " + e);
        }
    }

    /** The sum of {@code jvm_memory_used_bytes} over the pools with {@code area="heap"}, in MiB. */
    static double heapMb(String prometheusText) {
        double bytes = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
            }
        }
        return bytes / MIB;
    }

    private double rssMb() {
        return ProcStat.residentKib(pid) / 1024.0;
    }

    double cpuSeconds() {
        return ProcStat.ownTicks(pid).orElseThrow(() -> new IllegalStateException("process " + pid + " has ended"))
                / ticksPerSecond;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package ai.dflux.systemtests.bench.executor;

import java.time.Duration;
import java.util.OptionalDouble;

/** How long a replication takes, once the load has stopped, to be less than a threshold behind. */
public final class CatchUp {

    private CatchUp() {
    }

    /** Seconds until {@code probe} reads below {@code thresholdMillis}; NaN if it did not within {@code timeout}. */
    public static double seconds(LagSampler.Probe probe, double thresholdMillis, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalDouble lag = probe.lagMillis();
            if (lag.isPresent() && lag.getAsDouble() < thresholdMillis) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(200);
        }
        return Double.NaN;
    }
}

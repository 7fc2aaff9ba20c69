package ai.dflux.systemtests.bench.executor;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalDouble;
import org.awaitility.core.ConditionTimeoutException;

/** How long a replication takes, once the load has stopped, to be less than a threshold behind. */
public final class CatchUp {

    private CatchUp() {
    }

    /** Seconds until {@code probe} reads below {@code thresholdMillis}; NaN if it did not within {@code timeout}. */
    public static double seconds(LagSampler.Probe probe, double thresholdMillis, Duration timeout) throws Exception {
        long start = System.nanoTime();
        try {
            await("less than " + thresholdMillis + " ms behind").atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        OptionalDouble lag = probe.lagMillis();
                        return lag.isPresent() && lag.getAsDouble() < thresholdMillis;
                    });
            return (System.nanoTime() - start) / 1e9;
        } catch (ConditionTimeoutException e) {
            return Double.NaN;
        }
    }
}

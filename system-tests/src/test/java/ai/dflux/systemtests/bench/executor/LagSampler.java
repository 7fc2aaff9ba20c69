package ai.dflux.systemtests.bench.executor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks a {@link Probe} for the replication lag at a fixed interval on its own thread, from {@link #start} until
 * {@link #stop}, and keeps every answer. A probe with no answer (the stream not reporting yet) or a failed probe is
 * counted, not guessed.
 */
public final class LagSampler {

    /** One reading of the lag, in milliseconds; empty when the replication reports none at that moment. */
    @FunctionalInterface
    public interface Probe {
        OptionalDouble lagMillis() throws Exception;
    }

    private final Probe probe;
    private final List<Double> millis = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int unanswered;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lag-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private LagSampler(Probe probe) {
        this.probe = probe;
    }

    public static LagSampler start(Probe probe, Duration interval) {
        LagSampler sampler = new LagSampler(probe);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void sample() {
        try {
            OptionalDouble lag = probe.lagMillis();
            synchronized (this) {
                if (lag.isPresent()) {
                    millis.add(lag.getAsDouble());
                } else {
                    unanswered++;
                }
            }
        } catch (Exception | AssertionError e) {
            synchronized (this) {
                failures.add(e.toString());
            }
        }
    }

    /** Stops sampling and returns what was sampled. */
    public LagSamples stop() throws InterruptedException {
        timer.shutdown();
        if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
            timer.shutdownNow();
        }
        synchronized (this) {
            return new LagSamples(millis, unanswered, failures);
        }
    }
}

package ai.dflux.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;

/** Polls a readiness probe until it answers yes, the deadline passes, or the server is known to be dead. */
final class Await {

    /** A readiness check; an exception means "not ready yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /** True once {@code probe} is ready; false if {@code timeout} passed or {@code stillRunning} turned false first. */
    static boolean until(Duration timeout, BooleanSupplier stillRunning, Probe probe) {
        AtomicBoolean ready = new AtomicBoolean();
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                if (!stillRunning.getAsBoolean()) {
                    return true;
                }
                ready.set(answersYes(probe));
                return ready.get();
            });
        } catch (ConditionTimeoutException timedOut) {
            return false;
        }
        return ready.get();
    }

    private static boolean answersYes(Probe probe) {
        try {
            return probe.ready();
        } catch (Exception notReadyYet) {
            return false;
        }
    }
}

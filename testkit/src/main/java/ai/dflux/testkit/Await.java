package ai.dflux.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness probe until it answers yes, the deadline passes, or the server is known to be dead. */
final class Await {

    /** A readiness check; an exception means "not ready yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** True once {@code probe} is ready; false if {@code timeout} passed or {@code stillRunning} turned false first. */
    static boolean until(Duration timeout, BooleanSupplier stillRunning, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && stillRunning.getAsBoolean()) {
            if (answersYes(probe)) {
                return true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean answersYes(Probe probe) {
        try {
            return probe.ready();
        } catch (Exception notReadyYet) {
            return false;
        }
    }
}

package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A replica whose leases cannot be renewed (the control plane out of reach, or a pass that hangs) halts every
 * replication it runs once half the lease duration has passed since its last renewal, before another replica may take
 * them over; sooner, a failed pass halts nothing.
 */
class ReplicationWorkerTest {

    private static final Duration LEASE = Duration.ofMillis(400);
    private static final Set<UUID> RUNNING = Set.of(UUID.randomUUID(), UUID.randomUUID());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RecordingRunner runner = new RecordingRunner();

    @Test
    void aFailedRenewalHaltsNothingWhileTheLeasesStillHold() {
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().failure(new IllegalStateException("down")),
                clock);
        clock.advance(LEASE.dividedBy(2)); // half the lease: not more

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(LEASE)).work().await().indefinitely();

        assertThat(runner.handedOver).isEmpty();
    }

    @Test
    void aFailedRenewalOnceTheLeasesMayHaveLapsedHandsEveryReplicationRunningHereOver() {
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().failure(new IllegalStateException("down")),
                clock);
        clock.advance(LEASE.dividedBy(2).plusMillis(1));

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(LEASE)).work().await().indefinitely();

        assertThat(runner.handedOver).containsExactlyInAnyOrderElementsOf(RUNNING);
    }

    @Test
    void aRenewalThatHangsEndsThePassAndHandsEveryReplicationOverOnceTheLeasesMayHaveLapsed() {
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().nothing(), clock);
        clock.advance(LEASE); // the pass itself waits a quarter of the lease, in real time, for the renewal

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(LEASE)).work().await()
                .atMost(Duration.ofMinutes(1));

        assertThat(runner.handedOver).containsExactlyInAnyOrderElementsOf(RUNNING);
    }

    /**
     * Leases whose renewal ends as given; whether they may have lapsed is the real leases' reckoning on the test's clock,
     * from their creation, which stands for their last renewal.
     */
    @Vetoed // a test double, not a second bean beside the one it stands in for
    private static final class UnreachableLeases extends ReplicationLeases {
        private final Uni<Set<UUID>> renewal;

        UnreachableLeases(Uni<Set<UUID>> renewal, MovableClock clock) {
            super("replica-test", LEASE, clock);
            this.renewal = renewal;
        }

        @Override
        public Uni<Set<UUID>> renew(Set<UUID> running) {
            return renewal;
        }
    }

    /** Runs {@link #RUNNING} and records which of them are handed over. */
    @Vetoed // a test double, not a second bean beside the one it stands in for
    private static final class RecordingRunner extends ReplicationRunner {
        final List<UUID> handedOver = new CopyOnWriteArrayList<>();

        RecordingRunner() {
            super(null, null, null, null, null, ExecutorSettings.withDurations(LEASE), null);
        }

        @Override
        public Set<UUID> runningIds() {
            return RUNNING;
        }

        @Override
        public void handOver(UUID migrationId) {
            handedOver.add(migrationId);
        }
    }
}

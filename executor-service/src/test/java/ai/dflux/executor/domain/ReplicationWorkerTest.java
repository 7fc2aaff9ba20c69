package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
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

    private static final Duration SHORT_LEASE = Duration.ofMillis(400);
    private static final Set<UUID> RUNNING = Set.of(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void aFailedRenewalHaltsNothingWhileTheLeasesStillHold() {
        Duration lease = Duration.ofMinutes(1);
        RecordingRunner runner = new RecordingRunner(lease);
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().failure(new IllegalStateException("down")),
                lease);

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(lease)).work().await().indefinitely();

        assertThat(runner.handedOver).isEmpty();
    }

    @Test
    void aFailedRenewalOnceTheLeasesMayHaveLapsedHandsEveryReplicationRunningHereOver() throws InterruptedException {
        RecordingRunner runner = new RecordingRunner(SHORT_LEASE);
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().failure(new IllegalStateException("down")),
                SHORT_LEASE);
        Thread.sleep(SHORT_LEASE.dividedBy(2).plusMillis(50).toMillis()); // more than half the lease since its renewal

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(SHORT_LEASE)).work().await()
                .indefinitely();

        assertThat(runner.handedOver).containsExactlyInAnyOrderElementsOf(RUNNING);
    }

    @Test
    void aRenewalThatHangsEndsThePassAndHandsEveryReplicationOverOnceTheLeasesMayHaveLapsed()
            throws InterruptedException {
        RecordingRunner runner = new RecordingRunner(SHORT_LEASE);
        UnreachableLeases leases = new UnreachableLeases(Uni.createFrom().nothing(), SHORT_LEASE);
        // the pass waits a quarter of the lease for the renewal: with this, more than half has passed when it gives up
        Thread.sleep(SHORT_LEASE.dividedBy(4).plusMillis(50).toMillis());

        new ReplicationWorker(runner, leases, ExecutorSettings.withDurations(SHORT_LEASE)).work().await()
                .atMost(Duration.ofMinutes(1));

        assertThat(runner.handedOver).containsExactlyInAnyOrderElementsOf(RUNNING);
    }

    /**
     * Leases whose renewal ends as given; whether they may have lapsed is the real leases' reckoning, from their
     * creation, which stands for their last renewal.
     */
    @Vetoed // a test double, not a second bean beside the one it stands in for
    private static final class UnreachableLeases extends ReplicationLeases {
        private final Uni<Set<UUID>> renewal;

        UnreachableLeases(Uni<Set<UUID>> renewal, Duration lease) {
            super("replica-test", lease);
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

        RecordingRunner(Duration lease) {
            super(null, null, null, null, null, ExecutorSettings.withDurations(lease), null);
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

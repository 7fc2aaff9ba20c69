package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.stream.StreamPositionMoved;
import ai.dflux.executor.persistence.ReplicationEntity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {

    private static final UUID MIGRATION = UUID.randomUUID();

    private final CountingLedger ledger = new CountingLedger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ReplicationMetrics metrics = new ReplicationMetrics(registry);
    private final ReplicationRunner runner = new ReplicationRunner(ledger, null, metrics, null, null,
            ExecutorSettings.withDurations(Duration.ofSeconds(10)), null);

    @Test
    void aStreamWhosePositionAnotherReplicaMovedEndsWithoutTouchingTheRecordOrReportingItsFigures() {
        metrics.begin(MIGRATION, "tenant");

        runner.failed(MIGRATION, new IllegalStateException("the change stream stopped",
                new RuntimeException("applying 3 source row changes failed", new StreamPositionMoved("m"))));

        assertThat(ledger.reads).as("the record belongs to the replica that moved the position").isZero();
        assertThat(metrics.progress(MIGRATION)).isEmpty();
        assertThat(registry.getMeters()).as("the lease holder reports the figures").isEmpty();
    }

    @Test
    void aReplicationHandedOverStopsReportingItsFiguresHere() {
        metrics.begin(MIGRATION, "tenant");

        runner.handOver(MIGRATION);

        assertThat(metrics.progress(MIGRATION)).isEmpty();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void anyOtherFailureIsRecorded() {
        runner.failed(MIGRATION, new IllegalStateException("the change stream stopped"));

        assertThat(ledger.reads).isEqualTo(1);
    }

    /** Counts reads of the record, through which every write of a failure goes; holds no record. */
    @Vetoed // a test double, not a second bean beside the one it stands in for
    private static final class CountingLedger extends ReplicationLedger {
        int reads;

        CountingLedger() {
            super(null);
        }

        @Override
        public Optional<ReplicationEntity> read(UUID migrationId) {
            reads++;
            return Optional.empty();
        }
    }
}

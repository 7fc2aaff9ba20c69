package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplicationStatusTest {

    @Test
    void waitsForTheConversionUntilTheExecutorHasARecord() {
        AgentStatus status = ReplicationStatus.of(migration("CONVERTING"), null);
        assertThat(status.status()).isEqualTo("WAITING_FOR_CONVERSION");
    }

    @Test
    void aMigrationThatFailedBeforeShowsItsReason() {
        TrackedMigration failed = migration("FAILED");
        failed.failureReason = "SOURCE_UNREACHABLE";
        assertThat(ReplicationStatus.of(failed, null).detail()).contains("SOURCE_UNREACHABLE");
    }

    @Test
    void explainsEveryStateInASentence() {
        for (ReplicationState state : ReplicationState.values()) {
            ReplicationEntity row = new ReplicationEntity();
            row.state = state.name();
            row.reason = "paused through the API";
            row.lastError = "connection refused";
            AgentStatus status = ReplicationStatus.of(migration("COPYING"), row);
            assertThat(status.status()).isEqualTo(state.name());
            assertThat(status.detail()).as(state.name()).isNotBlank();
        }
    }

    @Test
    void aRetryingCopySaysWhyTheLastAttemptFailed() {
        ReplicationEntity row = failing(ReplicationState.COPYING, "connection refused");
        assertThat(ReplicationStatus.of(migration("COPYING"), row).detail()).contains("connection refused");
    }

    @Test
    void aStoppedReplicationWhoseCleanupFailedSaysWhyAndWhenItTriesAgain() {
        ReplicationEntity row = failing(ReplicationState.STOPPED,
                "removing the replication slot and publication from the source failed: connection refused");
        row.notBefore = Instant.parse("2026-11-30T03:00:00Z");
        assertThat(ReplicationStatus.of(migration("STREAMING"), row).detail())
                .contains("connection refused").contains("2026-11-30T03:00:00Z");
    }

    private static ReplicationEntity failing(ReplicationState state, String lastError) {
        ReplicationEntity row = new ReplicationEntity();
        row.state = state.name();
        row.attempts = 2;
        row.lastError = lastError;
        return row;
    }

    private static TrackedMigration migration(String phase) {
        TrackedMigration migration = new TrackedMigration();
        migration.phase = phase;
        return migration;
    }
}

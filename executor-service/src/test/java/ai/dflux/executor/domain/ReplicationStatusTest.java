package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;
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
        ReplicationEntity row = new ReplicationEntity();
        row.state = ReplicationState.COPYING.name();
        row.attempts = 2;
        row.lastError = "connection refused";
        assertThat(ReplicationStatus.of(migration("COPYING"), row).detail()).contains("connection refused");
    }

    private static TrackedMigration migration(String phase) {
        TrackedMigration migration = new TrackedMigration();
        migration.phase = phase;
        return migration;
    }
}

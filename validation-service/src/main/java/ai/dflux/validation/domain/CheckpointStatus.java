package ai.dflux.validation.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, from what it has learned of it so far. */
public final class CheckpointStatus {

    private CheckpointStatus() {
    }

    public static AgentStatus of(TrackedMigration migration) {
        if (Phase.FAILED.name().equals(migration.phase)) {
            return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason
                    + ") before this agent had work to do");
        }
        return new AgentStatus("NO_CHECKPOINTS", "checkpoints run once data is being copied; none has run for this"
                + " migration");
    }
}

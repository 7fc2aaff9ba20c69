package ai.dflux.rollback.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, from what it has learned of it so far. */
public final class RollbackStatus {

    private RollbackStatus() {
    }

    public static AgentStatus of(TrackedMigration migration) {
        if (Phase.FAILED.name().equals(migration.phase)) {
            return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason
                    + ") before this agent had work to do");
        }
        return new AgentStatus("NOTHING_TO_ROLL_BACK", "no data has been written to the target for this migration,"
                + " so there is nothing to undo yet");
    }
}

package ai.dflux.executor.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, from what it has learned of it so far. */
public final class ReplicationStatus {

    private ReplicationStatus() {
    }

    public static AgentStatus of(TrackedMigration migration) {
        if (Phase.FAILED.name().equals(migration.phase)) {
            return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason
                    + ") before this agent had work to do");
        }
        return new AgentStatus("WAITING_FOR_CONVERSION", "the copy starts after SchemaConverted, which has not been"
                + " published for this migration; no data has been copied");
    }
}

package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.persistence.ConversionEntity;
import ai.dflux.contracts.Phase;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, from what it has learned of it and what it has converted. */
public final class ConversionStatus {

    private ConversionStatus() {
    }

    /**
     * @param pending whether a conversion is queued or running
     * @param latest the newest stored revision, or null
     */
    public static AgentStatus of(TrackedMigration migration, boolean pending, ConversionEntity latest) {
        if (Phase.FAILED.name().equals(migration.phase)) {
            return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason + ")");
        }
        if (latest == null && !pending) {
            return migration.tablesDiscovered == null
                    ? new AgentStatus("WAITING_FOR_SCHEMA", "conversion starts when discovery publishes SchemaDiscovered")
                    : new AgentStatus("SCHEMA_RECEIVED", migration.tablesDiscovered + " tables discovered");
        }
        if (pending) {
            return new AgentStatus("CONVERTING", latest == null ? "the schema is being converted and proven on the"
                    + " target" : "revision " + (latest.revision + 1) + " is being converted");
        }
        return new AgentStatus("CONVERTED", "revision " + latest.revision + " proven on " + latest.provenOn);
    }
}

package ai.dflux.compatibility.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, from what it has learned of it so far. */
public final class ConversionStatus {

    private ConversionStatus() {
    }

    public static AgentStatus of(TrackedMigration migration) {
        if (Phase.FAILED.name().equals(migration.phase)) {
            return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason
                    + ") before this agent had work to do");
        }
        if (migration.tablesDiscovered == null) {
            return new AgentStatus("WAITING_FOR_SCHEMA", "conversion starts when discovery publishes SchemaDiscovered");
        }
        return new AgentStatus("SCHEMA_RECEIVED", migration.tablesDiscovered + " tables discovered; type mapping and"
                + " DDL generation are not built yet, so nothing has been converted");
    }
}

package ai.dflux.executor.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tracking.TrackedMigration;

/** This agent's status for a migration, with a sentence explaining it. */
public final class ReplicationStatus {

    private ReplicationStatus() {
    }

    public static AgentStatus of(TrackedMigration migration, ReplicationEntity row) {
        if (row == null || ReplicationState.WAITING_FOR_CONVERSION.name().equals(row.state)) {
            if (Phase.FAILED.name().equals(migration.phase)) {
                return new AgentStatus("MIGRATION_FAILED", "the migration failed (" + migration.failureReason
                        + ") before this agent had work to do");
            }
            return new AgentStatus(ReplicationState.WAITING_FOR_CONVERSION.name(), "the copy starts after"
                    + " SchemaConverted, which has not been published for this migration; no data has been copied");
        }
        String detail = switch (ReplicationState.valueOf(row.state)) {
            case WAITING_FOR_CONVERSION -> throw new IllegalStateException("handled above");
            case SCHEMA_ONLY -> "the source is a schema script: there are no rows to copy and no changes to"
                    + " stream; apply the converted DDL from the Compatibility Agent";
            case WAITING_FOR_START -> "the schema is converted; the migration was created with manualStart and"
                    + " waits for POST .../replication/start";
            case READY -> row.attempts == 0 ? "the copy starts in a moment"
                    : "the last attempt failed (" + row.lastError + "); the next one starts at " + row.notBefore;
            case COPYING -> (row.snapshotPosition == null ? "opening a consistent snapshot of the source"
                    : "copying the source under one consistent snapshot (" + row.snapshotPosition + ")")
                    + (row.attempts == 0 ? "" : "; the last attempt failed (" + row.lastError + "), retrying");
            case STREAMING -> "the copy is complete; changes stream from the source"
                    + (row.attempts == 0 ? "" : "; the last attempt failed (" + row.lastError + "), retrying");
            case PAUSED -> "paused: " + row.reason + "; the source keeps the changes until"
                    + " POST .../replication/resume";
            case STOPPED -> "stopped; " + (row.sourceCleaned ? "the replication slot and publication are removed"
                    + " from the source" : "removing the replication slot and publication from the source"
                    + (row.attempts == 0 ? "" : "; " + row.lastError + "; the next attempt starts at "
                    + row.notBefore));
            case FAILED -> "failed: " + row.lastError;
        };
        return new AgentStatus(row.state, detail);
    }
}

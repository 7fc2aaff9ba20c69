package ai.dflux.executor.api;

import ai.dflux.service.api.AgentView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code GET /api/v1/migrations/{id}/replication}: what this agent knows of the migration and, once it has work, the
 * copy per table and the stream's lag and rates.
 *
 * @param replication null until the migration is known to this agent's work queue
 */
public record ReplicationView(@JsonUnwrapped AgentView agent, Details replication) {

    /**
     * @param revision the schema revision applied to the target (0: none yet)
     * @param copy the copy's progress; per table only while this executor runs the replication
     * @param stream the stream's figures while it runs here, else null
     * @param runningOn the executor replica whose lease on the replication is live (its instance id), else null: the
     *     live copy and stream figures come from that replica's API
     */
    public record Details(String state, String reason, int revision, String snapshotPosition, int attempts,
            String lastError, CopyView copy, StreamView stream, String runningOn) {
    }

    /** @param etaSeconds seconds until every table is copied at the current rates, or null when unknown */
    public record CopyView(long rows, long bytes, Double seconds, Long etaSeconds, Long tablesLeft,
            List<TableView> tables) {
    }

    public record TableView(String sourceTable, String targetTable, String state, long estimatedRows,
            long rowsCopied, long bytesCopied, Long etaSeconds) {
    }

    /**
     * @param sourceReads queries the apply made to the source for values a change does not carry (a moved row's
     *     untouched TOAST values, MySQL zero dates) since the stream last started
     * @param sourceRowsRead rows those queries looked up
     */
    public record StreamView(double lagSeconds, long lagBytes, double eventsPerSecond, double rowsPerSecond,
            long eventsApplied, long rowsApplied, String appliedPosition, long sourceReads, long sourceRowsRead) {
    }
}

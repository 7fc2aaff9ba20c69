package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.events.StreamingStarted;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A replication thread moves its record (to COPYING, STREAMING, a drift pause, FAILED) only while the record still
 * runs: a stop or pause committed through the API in between stays, and no event claims otherwise. Rows are written
 * straight into the control plane, out of the worker's reach (a running one is not due, a stopped one is clean) unless a
 * test wants the worker to act.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ReplicationLedgerIT {

    private static final StreamingStarted STARTED = new StreamingStarted("postgres", "lsn 0/16B3748", false);

    @Inject
    ReplicationLedger ledger;

    @Test
    void aStopCommittedWhileTheStreamStartsIsNotWrittenOver() throws Exception {
        UUID id = insert(ReplicationState.STOPPED, "stopped through the API");

        boolean moved = ledger.advance(id, ReplicationState.STREAMING, row -> row.reason = null, STARTED);

        assertThat(moved).isFalse();
        assertThat(stateAndReason(id)).containsExactly("STOPPED", "stopped through the API");
        assertThat(events(id)).isEmpty();
    }

    @Test
    void aPauseCommittedWhileTheStreamStartsIsNotWrittenOver() throws Exception {
        UUID id = insert(ReplicationState.PAUSED, "paused through the API");

        assertThat(ledger.advance(id, ReplicationState.FAILED, row -> row.reason = "boom", null)).isFalse();
        assertThat(ledger.advance(id, ReplicationState.STREAMING, row -> row.reason = null, STARTED)).isFalse();

        assertThat(stateAndReason(id)).containsExactly("PAUSED", "paused through the API");
        assertThat(events(id)).isEmpty();
    }

    @Test
    void aFailedAttemptOfAStoppedReplicationLeavesItsRecordAsTheStopLeftIt() throws Exception {
        UUID id = insert(ReplicationState.STOPPED, "stopped through the API");

        boolean changed = ledger.whileRunning(id, row -> {
            row.attempts++;
            row.reason = "connection refused";
        }, null);

        assertThat(changed).isFalse();
        assertThat(stateAndReason(id)).containsExactly("STOPPED", "stopped through the API");
        assertThat(cleanup(id).attempts()).isZero();
    }

    @Test
    void aRunningRecordMovesAndItsEventCommitsWithIt() throws Exception {
        UUID id = insert(ReplicationState.COPYING, "copying");

        boolean moved = ledger.advance(id, ReplicationState.STREAMING, row -> row.reason = null, STARTED);

        assertThat(moved).isTrue();
        assertThat(stateAndReason(id)).containsExactly("STREAMING", null);
        assertThat(events(id)).containsExactly("StreamingStarted");
    }

    /**
     * No discovery runs here, so the worker cannot learn the source of a stopped replication: each failed cleanup is
     * recorded with its reason and the next waits (1 s, then doubling) instead of running at every worker pass.
     */
    @Test
    void aFailedCleanupOfTheSourceIsTriedAgainAfterAPause() throws Exception {
        UUID id = insert(ReplicationState.STOPPED, "stopped through the API", false);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> cleanup(id).attempts() >= 1);

        Cleanup after = cleanup(id);
        assertThat(after.lastError()).contains("removing the replication slot and publication").contains("discovery");
        assertThat(Duration.between(after.updatedAt(), after.notBefore())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(after.sourceCleaned()).isFalse();
    }

    @Test
    void aMissingRecordDoesNotMove() {
        assertThat(ledger.advance(UUID.randomUUID(), ReplicationState.COPYING, row -> { }, null)).isFalse();
    }

    private static Connection controlPlane() throws SQLException {
        return ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
    }

    /** A running row is due only in a day, a stopped one has a clean source: the worker leaves both alone. */
    private static UUID insert(ReplicationState state, String reason) throws SQLException {
        return insert(state, reason, true);
    }

    private static UUID insert(ReplicationState state, String reason, boolean sourceCleaned) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = controlPlane(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " executor.replication (migration_id, tenant_id, state, manual_start, converted_revision,"
                + " applied_revision, reason, source_cleaned, rows_copied, bytes_copied, attempts, not_before,"
                + " updated_at, deleted) VALUES (?, 'tenant-l', ?, false, 1, 1, ?, ?, 0, 0, 0,"
                + " CASE WHEN ? THEN now() + interval '1 day' ELSE now() END, now(), false)")) {
            insert.setObject(1, id);
            insert.setString(2, state.name());
            insert.setString(3, reason);
            insert.setBoolean(4, sourceCleaned);
            insert.setBoolean(5, state.isRunning());
            insert.executeUpdate();
        }
        return id;
    }

    private static List<String> stateAndReason(UUID id) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement query = c.prepareStatement(
                "SELECT state, reason FROM executor.replication WHERE migration_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("replication row of %s", id).isTrue();
                return Arrays.asList(rows.getString(1), rows.getString(2));
            }
        }
    }

    private record Cleanup(int attempts, String lastError, Instant updatedAt, Instant notBefore,
            boolean sourceCleaned) {
    }

    private static Cleanup cleanup(UUID id) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement query = c.prepareStatement("SELECT attempts, last_error,"
                + " updated_at, not_before, source_cleaned FROM executor.replication WHERE migration_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("replication row of %s", id).isTrue();
                return new Cleanup(rows.getInt(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                        rows.getTimestamp(4).toInstant(), rows.getBoolean(5));
            }
        }
    }

    private static List<String> events(UUID id) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement query = c.prepareStatement(
                "SELECT event_type FROM executor.outbox WHERE migration_id = ? ORDER BY id")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                List<String> types = new ArrayList<>();
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
                return types;
            }
        }
    }
}

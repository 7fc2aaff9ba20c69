package ai.dflux.executor.domain.target;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The DDL parts of a migration the target has received, kept in the target itself: a part and its ledger row are one
 * transaction, so a restart never runs it twice. The post-data part follows the last copied chunk, so it also marks
 * the copy complete.
 */
public final class TargetLedger {

    public static final String PRE_DATA = "pre-data";
    public static final String POST_DATA = "post-data";
    public static final String DELTA = "delta";

    private static final String APPLIED_DDL = TargetBookkeeping.SCHEMA + ".applied_ddl";

    /**
     * The post-data part builds the indexes of every copied row, as does a primary key built after its table's rows;
     * with PostgreSQL's default 64 MB a large table's sort spills to disk. Set for that transaction only.
     */
    public static final String INDEX_BUILD_MEMORY = "SET LOCAL maintenance_work_mem = '512MB'";

    private final DataSource target;
    private final UUID migrationId;

    public TargetLedger(DataSource target, UUID migrationId) {
        this.target = target;
        this.migrationId = migrationId;
    }

    /** Creates dflux's schema and tables in the target when missing. */
    public void ensure() throws SQLException {
        try (Connection c = target.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + TargetBookkeeping.SCHEMA);
            s.execute("CREATE TABLE IF NOT EXISTS " + APPLIED_DDL + " (migration_id uuid NOT NULL, revision integer"
                    + " NOT NULL, part text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),"
                    + " PRIMARY KEY (migration_id, revision, part))");
        }
    }

    public boolean applied(int revision, String part) throws SQLException {
        try (Connection c = target.getConnection(); PreparedStatement q = c.prepareStatement("SELECT 1 FROM "
                + APPLIED_DDL + " WHERE migration_id = ? AND revision = ? AND part = ?")) {
            q.setObject(1, migrationId);
            q.setInt(2, revision);
            q.setString(3, part);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Runs a DDL script and records it in one transaction, unless it was applied already; completes with whether it
     * ran now. A script the target rejects leaves nothing behind.
     */
    public boolean apply(int revision, String part, String script) throws SQLException {
        if (applied(revision, part)) {
            return false;
        }
        try (Connection c = target.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); PreparedStatement mark = c.prepareStatement("INSERT INTO "
                    + APPLIED_DDL + " (migration_id, revision, part) VALUES (?, ?, ?)")) {
                if (script != null && !script.isBlank()) {
                    if (POST_DATA.equals(part)) {
                        s.execute(INDEX_BUILD_MEMORY);
                    }
                    s.execute(script);
                }
                mark.setObject(1, migrationId);
                mark.setInt(2, revision);
                mark.setString(3, part);
                mark.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("the target rejected the " + part + " DDL of revision " + revision + ": "
                        + e.getMessage(), e.getSQLState(), e);
            }
        }
    }

    /** Whether the copy of any revision is complete: its post-data DDL is applied only after the last chunk. */
    public boolean copyCompleted() throws SQLException {
        try (Connection c = target.getConnection(); PreparedStatement q = c.prepareStatement("SELECT 1 FROM "
                + APPLIED_DDL + " WHERE migration_id = ? AND part = ?")) {
            q.setObject(1, migrationId);
            q.setString(2, POST_DATA);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Forgets the applied DDL parts of the migration; the migrated tables themselves stay. */
    public void forget() throws SQLException {
        try (Connection c = target.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM "
                + APPLIED_DDL + " WHERE migration_id = ?")) {
            delete.setObject(1, migrationId);
            delete.executeUpdate();
        }
    }
}

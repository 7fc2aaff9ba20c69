package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.TablePlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What the target enforces while a stream applies, which decides how freely an apply may arrange its statements.
 *
 * @param replicaRole whether the apply runs as {@code session_replication_role = replica}: no trigger or foreign key
 *     check runs, so a unit's statements may run table by table
 * @param keyOnlyUnique the target tables (qualified names) where no unique index or exclusion constraint but the
 *     primary key judges a row: only there may two writes of one row merge into the later one, since the merged
 *     write then takes the later one's place among the other rows' writes
 */
record TargetRules(boolean replicaRole, Set<String> keyOnlyUnique) {

    TargetRules {
        keyOnlyUnique = Set.copyOf(keyOnlyUnique);
    }

    /** Whether writes of one row of this table within a unit may merge into the last of them. */
    boolean mergesRowWrites(String qualifiedName) {
        return replicaRole && keyOnlyUnique.contains(qualifiedName);
    }

    /** Reads which of the stream's target tables carry no unique rule but their primary key. */
    static TargetRules read(Connection target, boolean replicaRole, Iterable<TablePlan> tables) throws SQLException {
        Set<String> keyOnly = new HashSet<>();
        try (PreparedStatement query = target.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM pg_index"
                + " WHERE indrelid = to_regclass(?) AND ((indisunique AND NOT indisprimary) OR indisexclusion))")) {
            for (TablePlan plan : tables) {
                TargetTable table = new TargetTable(plan);
                if (!table.hasKey()) {
                    continue;
                }
                query.setString(1, table.qualifiedName());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next() && rows.getBoolean(1)) {
                        keyOnly.add(table.qualifiedName());
                    }
                }
            }
        }
        return new TargetRules(replicaRole, keyOnly);
    }
}

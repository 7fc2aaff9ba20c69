package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.TablePlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the target enforces while a stream applies, which decides how freely an apply may arrange its statements.
 *
 * @param replicaRole whether the apply runs as {@code session_replication_role = replica}: no trigger or foreign key
 *     check runs, so a unit's statements may run table by table
 * @param keyOnlyUnique the target tables (qualified names) where no unique index or exclusion constraint but the
 *     primary key judges a row: only there may two writes of one row merge into the later one, since the merged
 *     write then takes the later one's place among the other rows' writes
 * @param comparedAsText for each target table without a key (qualified name), its columns (by name) whose type cannot
 *     be matched by {@code =}, with that type as the target shows it: a row of such a table is found by every column's
 *     value, and these by their text
 */
record TargetRules(boolean replicaRole, Set<String> keyOnlyUnique, Map<String, Map<String, String>> comparedAsText) {

    /**
     * The columns of a table whose type, seen through domains and arrays, has no equality operator (json, jsonpath, xml,
     * snapshots, most geometric shapes), one that compares areas (box, circle), or is a composite type: a composite's
     * {@code =} refuses an untyped parameter ("input of anonymous composite types"), and fails on a json field.
     */
    private static final String COLUMNS_COMPARED_AS_TEXT = """
            WITH RECURSIVE resolved(name, shown, type) AS (
                SELECT attname, format_type(atttypid, atttypmod), atttypid FROM pg_attribute
                WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped
                UNION ALL
                SELECT r.name, r.shown, CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.typelem END
                FROM resolved r JOIN pg_type t ON t.oid = r.type
                WHERE t.typtype = 'd' OR (t.typcategory = 'A' AND t.typelem <> 0)
            )
            SELECT r.name, r.shown FROM resolved r JOIN pg_type t ON t.oid = r.type
            WHERE t.typtype = 'c' OR (t.typnamespace = 'pg_catalog'::regnamespace
              AND t.typname IN ('json', 'jsonpath', 'xml', 'pg_snapshot', 'txid_snapshot', 'point', 'line', 'path',
                                'polygon', 'box', 'circle'))
            """;

    TargetRules {
        keyOnlyUnique = Set.copyOf(keyOnlyUnique);
        comparedAsText = Map.copyOf(comparedAsText);
    }

    /** Whether writes of one row of this table within a unit may merge into the last of them. */
    boolean mergesRowWrites(String qualifiedName) {
        return replicaRole && keyOnlyUnique.contains(qualifiedName);
    }

    /** The columns of this keyless table to compare by text, with their types; empty for any other table. */
    Map<String, String> comparedAsText(String qualifiedName) {
        return comparedAsText.getOrDefault(qualifiedName, Map.of());
    }

    /**
     * Reads which of the stream's target tables carry no unique rule but their primary key, and which columns of the
     * tables without a key are compared by text.
     */
    static TargetRules read(Connection target, boolean replicaRole, Iterable<TablePlan> tables) throws SQLException {
        Set<String> keyOnly = new HashSet<>();
        Map<String, Map<String, String>> comparedAsText = new HashMap<>();
        try (PreparedStatement uniqueRules = target.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM pg_index"
                + " WHERE indrelid = to_regclass(?) AND ((indisunique AND NOT indisprimary) OR indisexclusion))");
                PreparedStatement textColumns = target.prepareStatement(COLUMNS_COMPARED_AS_TEXT)) {
            for (TablePlan plan : tables) {
                String table = TargetTable.qualifiedName(plan);
                if (!plan.targetPrimaryKey().isEmpty()) {
                    uniqueRules.setString(1, table);
                    try (ResultSet rows = uniqueRules.executeQuery()) {
                        if (rows.next() && rows.getBoolean(1)) {
                            keyOnly.add(table);
                        }
                    }
                } else {
                    textColumns.setString(1, table);
                    Map<String, String> columns = new HashMap<>();
                    try (ResultSet rows = textColumns.executeQuery()) {
                        while (rows.next()) {
                            columns.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    comparedAsText.put(table, columns);
                }
            }
        }
        return new TargetRules(replicaRole, keyOnly, comparedAsText);
    }
}

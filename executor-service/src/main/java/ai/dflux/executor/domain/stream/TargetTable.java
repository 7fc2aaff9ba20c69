package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One target table of a stream: which source column fills which target column, and the statements that write it. */
final class TargetTable {

    private final TablePlan plan;
    private final String qualifiedName;
    private final Map<String, ColumnPlan> writtenBySource = new LinkedHashMap<>();
    private final List<ColumnPlan> keyColumns = new ArrayList<>();
    private final Map<ColumnPlan, Integer> positions = new IdentityHashMap<>();
    private final Map<BitSet, RowWrite> upserts = new HashMap<>();
    private final Map<BitSet, RowWrite> updates = new HashMap<>();
    private final Map<BitSet, String> deletesOneEqualTo = new HashMap<>();
    private final Map<String, String> comparedAsText;

    /** A write of a row and the columns it sets (bits by the columns' positions among the written columns). */
    record RowWrite(String sql, BitSet columns) {
    }

    /**
     * @param comparedAsText the columns, by their names on the target, that a row of a table without a key is matched
     *     on by their text, with their types ({@link TargetRules})
     */
    TargetTable(TablePlan plan, Map<String, String> comparedAsText) {
        this.plan = plan;
        this.qualifiedName = qualifiedName(plan);
        this.comparedAsText = Map.copyOf(comparedAsText);
        for (ColumnPlan column : plan.columns()) {
            if (!column.generated()) {
                writtenBySource.put(column.source(), column);
                positions.put(column, positions.size());
            }
        }
        for (String key : plan.targetPrimaryKey()) {
            keyColumns.add(plan.columns().stream().filter(column -> sameName(column.target(), key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("primary key column " + key + " of "
                            + qualifiedName + " has no column plan")));
        }
    }

    static String qualifiedName(TablePlan plan) {
        return plan.targetSchema() == null || plan.targetSchema().isBlank() ? plan.targetTable()
                : plan.targetSchema() + "." + plan.targetTable();
    }

    TablePlan plan() {
        return plan;
    }

    String qualifiedName() {
        return qualifiedName;
    }

    boolean hasKey() {
        return !keyColumns.isEmpty();
    }

    /** The written columns, in plan order, keyed by their source name. */
    Map<String, ColumnPlan> writtenColumns() {
        return writtenBySource;
    }

    List<ColumnPlan> keyColumns() {
        return keyColumns;
    }

    /**
     * An idempotent write of a row: an insert, or an update of the columns given when the key exists. Built once per
     * set of columns: a stream writes the same few shapes again and again.
     */
    RowWrite upsert(List<ColumnPlan> columns) {
        return upserts.computeIfAbsent(columnSet(columns), set -> new RowWrite(buildUpsert(columns), set));
    }

    private BitSet columnSet(List<ColumnPlan> columns) {
        BitSet set = new BitSet(positions.size());
        for (ColumnPlan column : columns) {
            set.set(positions.get(column));
        }
        return set;
    }

    private String buildUpsert(List<ColumnPlan> columns) {
        String names = columns.stream().map(ColumnPlan::target).collect(Collectors.joining(", "));
        String marks = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + qualifiedName + " (" + names + ") VALUES (" + marks + ")";
        if (!hasKey()) {
            return insert;
        }
        List<ColumnPlan> updated = columns.stream().filter(column -> !keyColumns.contains(column)).toList();
        String keys = keyColumns.stream().map(ColumnPlan::target).collect(Collectors.joining(", "));
        if (updated.isEmpty()) {
            return insert + " ON CONFLICT (" + keys + ") DO NOTHING";
        }
        return insert + " ON CONFLICT (" + keys + ") DO UPDATE SET " + updated.stream()
                .map(column -> column.target() + " = EXCLUDED." + column.target()).collect(Collectors.joining(", "));
    }

    /**
     * An update of the given columns of the row whose key values are the last parameters, the other values first in
     * the order given; it changes no row where the key is not there. Built once per set of columns, as upserts are.
     */
    RowWrite update(List<ColumnPlan> columns) {
        return updates.computeIfAbsent(columnSet(columns), set -> new RowWrite(buildUpdate(columns), set));
    }

    /** The parameters of {@link #update}: the values of the columns it sets, in their order, then the key's. */
    List<String> updateParameters(List<ColumnPlan> columns, List<String> values, List<String> key) {
        List<String> parameters = new ArrayList<>(values.size());
        for (int i = 0; i < columns.size(); i++) {
            if (!keyColumns.contains(columns.get(i))) {
                parameters.add(values.get(i));
            }
        }
        parameters.addAll(key);
        return parameters;
    }

    private String buildUpdate(List<ColumnPlan> columns) {
        List<ColumnPlan> updated = columns.stream().filter(column -> !keyColumns.contains(column)).toList();
        // an update that sets no other column still tells whether the row is there
        String set = updated.isEmpty() ? keyColumns.get(0).target() + " = " + keyColumns.get(0).target()
                : updated.stream().map(column -> column.target() + " = ?").collect(Collectors.joining(", "));
        return "UPDATE " + qualifiedName + " SET " + set + " WHERE " + keyMatch();
    }

    String deleteByKey() {
        return "DELETE FROM " + qualifiedName + " WHERE " + keyMatch();
    }

    /** Sets the column to {@code -infinity} where it is NULL, on the row of the key given. */
    String minusInfinityWhereNull(ColumnPlan column) {
        return "UPDATE " + qualifiedName + " SET " + column.target() + " = '-infinity' WHERE " + column.target()
                + " IS NULL AND " + keyMatch();
    }

    private String keyMatch() {
        return keyColumns.stream().map(column -> column.target() + " = ?").collect(Collectors.joining(" AND "));
    }

    /**
     * For a table without a key: removes one row equal to the old row, as PostgreSQL replication does. Built once per
     * set of columns, as upserts are.
     */
    String deleteOneEqualTo(List<ColumnPlan> columns) {
        return deletesOneEqualTo.computeIfAbsent(columnSet(columns), set -> "DELETE FROM " + qualifiedName
                + " WHERE ctid = (SELECT ctid FROM " + qualifiedName + " WHERE "
                + columns.stream().map(this::equalTo).collect(Collectors.joining(" AND ")) + " LIMIT 1)");
    }

    /**
     * The column's value is the parameter's. A type without an equality operator (json, xml, geometric shapes), one whose
     * {@code =} compares areas (box, circle), and a composite type are compared by the text of both values, the
     * parameter's read as the column's type first.
     */
    private String equalTo(ColumnPlan column) {
        String type = comparedAsText.get(unquoted(column.target()));
        if (type != null) {
            return column.target() + "::text IS NOT DISTINCT FROM CAST(? AS " + type + ")::text";
        }
        return column.target() + " IS NOT DISTINCT FROM ?";
    }

    String truncate() {
        return "TRUNCATE " + qualifiedName;
    }

    private static boolean sameName(String left, String right) {
        return unquoted(left).equals(unquoted(right));
    }

    private static String unquoted(String name) {
        String trimmed = name.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}

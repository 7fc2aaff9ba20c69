package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns one row change into target statements, each idempotent so that changes replayed over rows the copy already
 * holds converge: inserts and updates are upserts, a delete of a missing row deletes nothing.
 */
final class RowChangeWriter {

    private RowChangeWriter() {
    }

    /**
     * One source row change: the Debezium operation code, the row before and after, and the record key; for the two
     * halves of a primary-key update, the key the row moved from (on the create) or whether it moved away (on the
     * delete).
     */
    record RowChange(String operation, Struct before, Struct after, Struct key, Struct movedFromKey,
            boolean movedAway) {

        RowChange(String operation, Struct before, Struct after, Struct key) {
            this(operation, before, after, key, null, false);
        }
    }

    /** Writes one change; {@code sourceRows}, when given, gives a moved row its untouched TOAST values. */
    static void write(TargetTable table, RowChange change, StatementBatch.TableStatements batch,
            SourceRowReader sourceRows) {
        switch (change.operation()) {
            case "c", "r" -> create(table, change, batch, sourceRows);
            case "u" -> update(table, change, batch);
            case "d" -> delete(table, change, batch);
            case "t" -> batch.add(table.truncate(), List.of());
            default -> throw new IllegalArgumentException("unknown change operation '" + change.operation() + "' on "
                    + table.qualifiedName());
        }
    }

    private static void update(TargetTable table, RowChange change, StatementBatch.TableStatements batch) {
        if (!table.hasKey()) {
            deleteOneEqualTo(table, change.before(), batch);
            upsert(table, change.after(), batch);
            return;
        }
        if (change.before() != null && keyChanged(table, change.before(), change.after())) {
            batch.add(table.deleteByKey(), keyValues(table, change.before(), change.key()));
        }
        upsert(table, change.after(), batch);
    }

    /**
     * A row that moved to a new key is moved in the target by its create, which alone knows the new row: the
     * PostgreSQL TOAST values the update did not touch arrive as placeholders and are taken from the old row.
     */
    private static void create(TargetTable table, RowChange change, StatementBatch.TableStatements batch,
            SourceRowReader sourceRows) {
        List<ColumnPlan> kept = change.movedFromKey() != null && table.hasKey()
                ? unavailableColumns(table, change.after()) : List.of();
        if (change.movedFromKey() != null && table.hasKey()) {
            List<String> oldKey = keyValues(table, change.movedFromKey(), change.movedFromKey());
            if (!kept.isEmpty()) {
                List<ColumnPlan> columns = new ArrayList<>();
                List<String> values = new ArrayList<>();
                availableValues(table, change.after(), columns, values);
                values.addAll(oldKey);
                batch.add(table.insertKeepingFromOldRow(columns, kept), values);
            }
            batch.add(table.deleteByKey(), oldKey);
        }
        upsert(table, change.after(), batch);
        if (!kept.isEmpty() && sourceRows != null) {
            setFromSource(table, change, kept, batch, sourceRows);
        }
    }

    /**
     * Sets the kept columns to the source's current values. The row the target holds under the old key may be another
     * one (after a copy resumed from a later snapshot, under a key the source reused), or none.
     */
    private static void setFromSource(TargetTable table, RowChange change, List<ColumnPlan> kept,
            StatementBatch.TableStatements batch, SourceRowReader sourceRows) {
        List<String> newKey = keyValues(table, change.after(), change.key());
        try {
            sourceRows.read(table.plan(), table.keyColumns(), newKey, kept).ifPresent(values -> {
                List<String> parameters = new ArrayList<>(values);
                parameters.addAll(newKey);
                batch.add(table.setColumns(kept), parameters);
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the untouched values of a moved row of "
                    + table.plan().sourceTable() + " from the source failed: " + e.getMessage(), e);
        }
    }

    private static void delete(TargetTable table, RowChange change, StatementBatch.TableStatements batch) {
        if (!table.hasKey()) {
            deleteOneEqualTo(table, change.before(), batch);
            return;
        }
        if (change.movedAway()) {
            return; // the create of the new key moves the row
        }
        batch.add(table.deleteByKey(), keyValues(table, change.before(), change.key()));
    }

    private static void upsert(TargetTable table, Struct after, StatementBatch.TableStatements batch) {
        List<ColumnPlan> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        availableValues(table, after, columns, values);
        TargetTable.Upsert upsert = table.upsert(columns);
        List<String> key = batch.mergesRowWrites() ? keyAmong(table, columns, values) : null;
        if (key == null) {
            batch.add(upsert.sql(), values);
        } else {
            batch.upsert(upsert.sql(), values, key, upsert.columns());
        }
    }

    /** The key values among the written ones; null for a table without a key (or a key column not written). */
    private static List<String> keyAmong(TargetTable table, List<ColumnPlan> columns, List<String> values) {
        if (!table.hasKey()) {
            return null;
        }
        List<String> key = new ArrayList<>(table.keyColumns().size());
        for (ColumnPlan keyColumn : table.keyColumns()) {
            int at = indexOf(columns, keyColumn);
            if (at < 0) {
                return null;
            }
            key.add(values.get(at));
        }
        return key;
    }

    private static int indexOf(List<ColumnPlan> columns, ColumnPlan column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        return -1;
    }

    /** The columns the change carries a value for, with their values; TOAST placeholders are left out. */
    private static void availableValues(TargetTable table, Struct after, List<ColumnPlan> columns,
            List<String> values) {
        for (ColumnPlan column : table.writtenColumns().values()) {
            Field field = after.schema().field(column.source());
            if (field == null) {
                continue;
            }
            Object value = after.get(field);
            if (ConnectValueText.isUnavailable(value)) {
                continue;
            }
            columns.add(column);
            values.add(ConnectValueText.text(field.schema(), value, column));
        }
    }

    private static List<ColumnPlan> unavailableColumns(TargetTable table, Struct after) {
        List<ColumnPlan> unavailable = new ArrayList<>();
        for (ColumnPlan column : table.writtenColumns().values()) {
            Field field = after.schema().field(column.source());
            if (field != null && ConnectValueText.isUnavailable(after.get(field))) {
                unavailable.add(column);
            }
        }
        return unavailable;
    }

    private static void deleteOneEqualTo(TargetTable table, Struct before, StatementBatch.TableStatements batch) {
        if (before == null) {
            throw new IllegalStateException(table.qualifiedName() + " has no primary key and the source sent no old row;"
                    + " its source table needs REPLICA IDENTITY FULL (PostgreSQL) or a full row image");
        }
        List<ColumnPlan> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (ColumnPlan column : table.writtenColumns().values()) {
            Field field = before.schema().field(column.source());
            if (field != null) {
                columns.add(column);
                values.add(ConnectValueText.text(field.schema(), before.get(field), column));
            }
        }
        batch.add(table.deleteOneEqualTo(columns), values);
    }

    private static boolean keyChanged(TargetTable table, Struct before, Struct after) {
        for (ColumnPlan column : table.keyColumns()) {
            Field old = before.schema().field(column.source());
            Field now = after.schema().field(column.source());
            if (old != null && now != null && before.get(old) != null
                    && !Objects.deepEquals(before.get(old), after.get(now))) {
                return true;
            }
        }
        return false;
    }

    /** The key's values (target text) in {@code before}, or where it has none in {@code key}. */
    static List<String> keyValues(TargetTable table, Struct before, Struct key) {
        List<String> values = new ArrayList<>();
        for (ColumnPlan column : table.keyColumns()) {
            Struct row = before != null && before.schema().field(column.source()) != null
                    && before.get(column.source()) != null ? before : key;
            if (row == null || row.schema().field(column.source()) == null) {
                throw new IllegalStateException("the change of " + table.qualifiedName() + " carries no value for its key"
                        + " column " + column.source());
            }
            Field field = row.schema().field(column.source());
            values.add(ConnectValueText.text(field.schema(), row.get(field), column));
        }
        return values;
    }
}

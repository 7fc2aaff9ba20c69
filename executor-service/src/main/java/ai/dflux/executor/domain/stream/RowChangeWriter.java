package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns one row change into target statements, each idempotent so that changes replayed over rows the copy already
 * holds converge: inserts and updates are upserts, a delete of a missing row deletes nothing. An update that carries
 * TOAST placeholders updates only the columns it carries, since an insert without the others could not be whole.
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

    /**
     * Writes one change; {@code sourceReads} gives a row the values of the columns a PostgreSQL change carries only as
     * TOAST placeholders, where the target cannot keep its own (it has no reader for a source that sends none).
     */
    static void write(TargetTable table, RowChange change, StatementBatch.TableStatements batch,
            SourceReads sourceReads) {
        switch (change.operation()) {
            case "c", "r" -> create(table, change, batch, sourceReads);
            case "u" -> update(table, change, batch, sourceReads);
            case "d" -> delete(table, change, batch);
            case "t" -> batch.add(table.truncate(), List.of());
            default -> throw new IllegalArgumentException("unknown change operation '" + change.operation() + "' on "
                    + table.qualifiedName());
        }
    }

    private static void update(TargetTable table, RowChange change, StatementBatch.TableStatements batch,
            SourceReads sourceReads) {
        RowValues row = RowValues.of(table, change.after());
        if (!table.hasKey()) {
            deleteOneEqualTo(table, change.before(), batch);
            if (!row.complete()) {
                throw new IllegalStateException(table.qualifiedName() + " has no primary key and a change of it carries"
                        + " no value for " + names(row.unavailable()) + "; its source table needs REPLICA IDENTITY"
                        + " FULL");
            }
            upsert(table, row, batch);
            return;
        }
        if (change.before() != null && keyChanged(table, change.before(), change.after())) {
            batch.add(table.deleteByKey(), keyValues(table, change.before(), change.key()));
            writeMovedRow(table, change, row, batch, sourceReads);
            return;
        }
        if (row.complete()) {
            upsert(table, row, batch);
        } else {
            updateKeepingUnavailable(table, change, row, batch, sourceReads);
        }
    }

    /**
     * A row that moved to a new key is moved in the target by its create, which alone knows the new row; the delete of
     * the old key is skipped ({@link #delete}).
     */
    private static void create(TargetTable table, RowChange change, StatementBatch.TableStatements batch,
            SourceReads sourceReads) {
        RowValues row = RowValues.of(table, change.after());
        if (change.movedFromKey() != null && table.hasKey()) {
            batch.add(table.deleteByKey(), keyValues(table, change.movedFromKey(), change.movedFromKey()));
            writeMovedRow(table, change, row, batch, sourceReads);
        } else if (row.complete()) {
            upsert(table, row, batch);
        } else {
            updateKeepingUnavailable(table, change, row, batch, sourceReads);
        }
    }

    /**
     * A moved row whose untouched TOAST values arrived as placeholders takes them from the source as it is now: the row
     * the target holds under the old key may be another one (after a copy resumed from a later snapshot, under a key
     * the source reused), or none. Where the source no longer has the row under its new key, nothing is written: it
     * moved on or went, and the change that did so follows in the stream.
     */
    private static void writeMovedRow(TargetTable table, RowChange change, RowValues row,
            StatementBatch.TableStatements batch, SourceReads sourceReads) {
        if (row.complete()) {
            upsert(table, row, batch);
            return;
        }
        List<String> key = keyValues(table, change.after(), change.key());
        completedFromSource(table, row, key, sourceReads).ifPresent(whole -> upsert(table, whole, batch));
    }

    /**
     * An update that left TOAST values untouched sets the columns it carries on the row the target holds. The target
     * lacks the row only while a stream replays changes over a copy taken later (a copy resumed after a crash); the row
     * is then written whole from the source as it is now, or not at all where the source no longer has it. Later
     * changes in the stream bring it to each of their states in turn.
     */
    private static void updateKeepingUnavailable(TargetTable table, RowChange change, RowValues row,
            StatementBatch.TableStatements batch, SourceReads sourceReads) {
        List<String> key = keyValues(table, change.after(), change.key());
        TargetTable.RowWrite update = table.update(row.columns());
        batch.update(update.sql(), table.updateParameters(row.columns(), row.values(), key), key, update.columns(),
                () -> completedFromSource(table, row, key, sourceReads).map(whole -> new StatementBatch.Statement(
                        table.upsert(whole.columns()).sql(), whole.values())));
    }

    /** The row with its unavailable values read from the source, or empty where the source has no row of that key. */
    private static Optional<RowValues> completedFromSource(TargetTable table, RowValues row, List<String> key,
            SourceReads sourceReads) {
        SourceRowReader sourceRows = sourceReads.movedRows().orElseThrow(() -> new IllegalStateException(
                "a change of " + table.qualifiedName() + " carries no value for " + names(row.unavailable())
                        + " and its source cannot be asked for them"));
        try {
            return sourceRows.read(table.plan(), table.keyColumns(), key, row.unavailable())
                    .map(values -> row.completedWith(table, values));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the values of " + names(row.unavailable()) + " that a change of "
                    + table.plan().sourceTable() + " left untouched from the source failed: " + e.getMessage(), e);
        }
    }

    private static String names(List<ColumnPlan> columns) {
        return columns.stream().map(ColumnPlan::source).collect(Collectors.joining(", "));
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

    private static void upsert(TargetTable table, RowValues row, StatementBatch.TableStatements batch) {
        TargetTable.RowWrite upsert = table.upsert(row.columns());
        List<String> key = batch.mergesRowWrites() ? keyAmong(table, row.columns(), row.values()) : null;
        if (key == null) {
            batch.add(upsert.sql(), row.values());
        } else {
            batch.upsert(upsert.sql(), row.values(), key, upsert.columns());
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

package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * A changed row's values as target text, in the order of the table's written columns. A PostgreSQL update that left a
 * TOASTed value untouched carries only a placeholder for it, and that column is unavailable. (Debezium takes such a
 * value from the old row where the table's {@code REPLICA IDENTITY FULL} logs it whole.)
 */
final class RowValues {

    private final List<ColumnPlan> columns;
    private final List<String> values;
    private final List<ColumnPlan> unavailable;

    private RowValues(List<ColumnPlan> columns, List<String> values, List<ColumnPlan> unavailable) {
        this.columns = columns;
        this.values = values;
        this.unavailable = unavailable;
    }

    static RowValues of(TargetTable table, Struct after) {
        List<ColumnPlan> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<ColumnPlan> unavailable = List.of(); // most changes carry every value: no list for them
        for (ColumnPlan column : table.writtenColumns().values()) {
            Field field = after.schema().field(column.source());
            if (field == null) {
                continue;
            }
            Object value = after.get(field);
            if (ConnectValueText.isUnavailable(value)) {
                if (unavailable.isEmpty()) {
                    unavailable = new ArrayList<>(2);
                }
                unavailable.add(column);
                continue;
            }
            columns.add(column);
            values.add(ConnectValueText.text(field.schema(), value, column));
        }
        return new RowValues(columns, values, unavailable);
    }

    /** Whether every written column the change names has its value. */
    boolean complete() {
        return unavailable.isEmpty();
    }

    /** The columns that have their values, in the order of the table's written columns. */
    List<ColumnPlan> columns() {
        return columns;
    }

    List<String> values() {
        return values;
    }

    /** The columns that arrived as placeholders, in the order of the table's written columns. */
    List<ColumnPlan> unavailable() {
        return unavailable;
    }

    /**
     * The whole row: these values with the {@code unavailable} columns' values given, in the written columns' order (an
     * upsert's statement is kept per set of columns, so one set must always come in one order).
     */
    RowValues completedWith(TargetTable table, List<String> unavailableValues) {
        if (unavailableValues.size() != unavailable.size()) {
            throw new IllegalArgumentException(unavailable.size() + " values are missing, " + unavailableValues.size()
                    + " given");
        }
        List<ColumnPlan> allColumns = new ArrayList<>(columns.size() + unavailable.size());
        List<String> allValues = new ArrayList<>(columns.size() + unavailable.size());
        int given = 0;
        int kept = 0;
        for (ColumnPlan column : table.writtenColumns().values()) {
            if (given < columns.size() && columns.get(given) == column) {
                allColumns.add(column);
                allValues.add(values.get(given++));
            } else if (kept < unavailable.size() && unavailable.get(kept) == column) {
                allColumns.add(column);
                allValues.add(unavailableValues.get(kept++));
            }
        }
        return new RowValues(allColumns, allValues, List.of());
    }
}

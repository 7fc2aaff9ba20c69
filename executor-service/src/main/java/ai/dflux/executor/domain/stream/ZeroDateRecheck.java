package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.values.SourceValues;
import ai.dflux.executor.domain.db.MariaDbNames;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Tells the zero dates among the NULLs of a MySQL/MariaDB stream. The binlog reader turns a zero date (or a date with a
 * zero part) of a DATE or DATETIME column into null, so in a nullable column a zero date and NULL arrive alike
 * ({@link ZeroDateConverter} names such a column's schema). For the rows a commit unit wrote with such a null, the
 * columns are read from the source by key, as they are now, and each one holding a zero date there becomes
 * {@code -infinity} in the target where the unit left it NULL, in the unit's own transaction.
 *
 * <p>The value read may be newer than the change. A later change of the row then arrives, and is checked, after it,
 * so the target converges, as it does for {@link SourceRowReader}. A row whose key MariaDB cannot compare with its
 * PostgreSQL text (binary or BIT keys) is not found and keeps NULL; a table without a key is not read.
 */
final class ZeroDateRecheck implements AutoCloseable {

    /** Rows read in one query: each is a key lookup of its own, joined by UNION ALL into one round trip. */
    static final int ROWS_PER_READ = 200;

    private final KeptConnection source;
    private final SourceReadCount count;
    private final Map<TargetTable, List<ColumnPlan>> ruledColumns = new HashMap<>();

    ZeroDateRecheck(DataSource source, SourceReadCount count) {
        this.source = new KeptConnection(source);
        this.count = count;
    }

    /** The rows one commit unit wrote with a null that may be a zero date. */
    final class Notes {

        private final Map<TargetTable, NotedRows> byTable = new LinkedHashMap<>();

        /** Notes a written row if any of its nullable DATE or DATETIME columns arrived null. */
        void note(TargetTable table, Struct after) {
            if (after == null || !table.hasKey()) {
                return;
            }
            NotedRows rows = null;
            for (ColumnPlan column : ruledColumns(table)) {
                Field field = after.schema().field(column.source());
                if (field == null || after.get(field) != null
                        || !ZeroDateConverter.NULL_OR_ZERO_DATE.equals(field.schema().name())) {
                    continue;
                }
                if (rows == null) {
                    rows = byTable.computeIfAbsent(table, t -> new NotedRows());
                }
                rows.columns.add(column);
            }
            if (rows != null) {
                rows.keys.add(RowChangeWriter.keyValues(table, after, null));
            }
        }
    }

    private static final class NotedRows {
        private final Set<ColumnPlan> columns = new LinkedHashSet<>();
        private final Set<List<String>> keys = new LinkedHashSet<>();
    }

    Notes notes() {
        return new Notes();
    }

    /**
     * Adds, after each table's statements of the unit, an update to {@code -infinity} of each noted column that holds
     * a zero date on the source now.
     */
    void addCorrections(Notes notes, Function<TargetTable, StatementBatch.TableStatements> statements) {
        notes.byTable.forEach((table, rows) -> correct(table, rows, statements.apply(table)));
    }

    private void correct(TargetTable table, NotedRows rows, StatementBatch.TableStatements statements) {
        List<ColumnPlan> columns = List.copyOf(rows.columns);
        List<List<String>> keys = List.copyOf(rows.keys);
        List<List<List<String>>> zeroKeysByColumn = new ArrayList<>();
        columns.forEach(column -> zeroKeysByColumn.add(new ArrayList<>()));
        for (int from = 0; from < keys.size(); from += ROWS_PER_READ) {
            List<List<String>> some = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_READ));
            read(table, columns, some).forEach((row, values) -> {
                for (int c = 0; c < columns.size(); c++) {
                    if (values.get(c) != null && SourceValues.isZeroDate(values.get(c))) {
                        zeroKeysByColumn.get(c).add(some.get(row));
                    }
                }
            });
        }
        for (int c = 0; c < columns.size(); c++) {
            String update = table.minusInfinityWhereNull(columns.get(c));
            zeroKeysByColumn.get(c).forEach(key -> statements.add(update, key));
        }
    }

    /** The columns' current text on the source, by the position of the row's key in {@code keys}; missing rows absent. */
    private Map<Integer, List<String>> read(TargetTable table, List<ColumnPlan> columns, List<List<String>> keys) {
        String sql = query(table, columns, keys.size());
        try {
            return source.use(connection -> {
                Map<Integer, List<String>> values = new HashMap<>();
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    int parameter = 1;
                    for (List<String> key : keys) {
                        for (String value : key) {
                            query.setString(parameter++, value);
                        }
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        count.counted(keys.size());
                        while (rows.next()) {
                            List<String> row = new ArrayList<>(columns.size());
                            for (int c = 0; c < columns.size(); c++) {
                                row.add(rows.getString(c + 2));
                            }
                            values.put(rows.getInt(1), row);
                        }
                    }
                }
                return values;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("reading from the source which NULL dates of " + table.plan().sourceSchema()
                    + "." + table.plan().sourceTable() + " are zero dates failed: " + e.getMessage(), e);
        }
    }

    /** One key lookup per row, numbered, in one statement. */
    static String query(TargetTable table, List<ColumnPlan> columns, int rows) {
        String selected = columns.stream().map(column -> "CAST(" + MariaDbNames.quote(column.source()) + " AS CHAR)")
                .collect(Collectors.joining(", "));
        String lookup = " FROM " + MariaDbNames.table(table.plan())
                + " WHERE " + table.keyColumns().stream().map(key -> MariaDbNames.quote(key.source()) + " = ?")
                        .collect(Collectors.joining(" AND "));
        return IntStream.range(0, rows).mapToObj(row -> "SELECT " + row + ", " + selected + lookup)
                .collect(Collectors.joining(" UNION ALL "));
    }

    private List<ColumnPlan> ruledColumns(TargetTable table) {
        return ruledColumns.computeIfAbsent(table, t -> t.writtenColumns().values().stream()
                .filter(column -> column.valueRule() == ValueRule.ZERO_DATE_TO_MINUS_INFINITY).toList());
    }

    @Override
    public void close() {
        source.close();
    }
}

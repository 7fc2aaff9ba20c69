package ai.dflux.systemtests.replication;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Compares the rows of a source schema with those of a PostgreSQL target schema, table by table, independently of
 * dflux's own code: both sides are read in primary-key order and merged, each value normalised to a canonical text by
 * the {@link ValueKind} of its target column (so a MySQL zero date equals {@code -infinity}, a SET equals a text
 * array, JSON compares with sorted keys). Target tables and columns carry the source's names, folded to lower case
 * for a MySQL or MariaDB source and unchanged for a PostgreSQL one, as the Compatibility Agent names them.
 *
 * <pre>{@code
 * TableComparison.between(new MariaDbSide(source), "shop", new PostgresSide(target), "shop")
 *         .compareAll().assertIdentical();
 * }</pre>
 */
public final class TableComparison {

    /** Differences kept per table; the rest are only counted. */
    public static final int MAX_REPORTED = 20;
    private static final int FETCH_SIZE = 2_000;
    /** The alias of the compared table in the queries. */
    static final String ROW_ALIAS = "r";

    private final ComparedSide source;
    private final String sourceSchema;
    private final ComparedSide target;
    private final String targetSchema;
    private final boolean foldNames;

    private TableComparison(ComparedSide source, String sourceSchema, ComparedSide target, String targetSchema) {
        this.source = source;
        this.sourceSchema = sourceSchema;
        this.target = target;
        this.targetSchema = targetSchema;
        this.foldNames = !(source instanceof PostgresSide);
    }

    private String targetName(String sourceName) {
        return foldNames ? sourceName.toLowerCase(Locale.ROOT) : sourceName;
    }

    public static TableComparison between(ComparedSide source, String sourceSchema, PostgresSide target,
            String targetSchema) {
        return new TableComparison(source, sourceSchema, target, targetSchema);
    }

    /** Every base table of the source schema. */
    public ComparisonResult compareAll() {
        try (Connection s = source.open()) {
            return compare(source.tables(s, sourceSchema));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of " + sourceSchema, e);
        }
    }

    public ComparisonResult compare(List<String> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Difference> differences = new ArrayList<>();
        long count = 0;
        try (Connection s = source.open(); Connection t = target.open()) {
            for (String table : tables) {
                TableRun run = new TableRun(table, s, t);
                run.compare();
                rows.put(table, run.rows);
                differences.addAll(run.differences);
                count += run.count;
                endRead(s);
                endRead(t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compare " + sourceSchema + " with " + targetSchema, e);
        }
        System.out.printf(Locale.ROOT, "[e2e] compared %s.%s with %s: %d differences%n", sourceSchema, rows,
                targetSchema, count);
        return new ComparisonResult(rows, differences, count);
    }

    /** One table's comparison. */
    private final class TableRun {
        private final String table;
        private final String targetTable;
        private final Connection sourceConnection;
        private final Connection targetConnection;
        private final List<Difference> differences = new ArrayList<>();
        private long count;
        private long rows;

        TableRun(String table, Connection sourceConnection, Connection targetConnection) {
            this.table = table;
            this.targetTable = targetName(table);
            this.sourceConnection = sourceConnection;
            this.targetConnection = targetConnection;
        }

        void compare() throws SQLException {
            List<SourceColumn> sourceColumns = source.columns(sourceConnection, sourceSchema, table);
            Map<String, SourceColumn> targetColumns = target.columns(targetConnection, targetSchema, targetTable)
                    .stream().collect(Collectors.toMap(SourceColumn::name, c -> c, (a, b) -> a, LinkedHashMap::new));
            if (targetColumns.isEmpty()) {
                differ("-", "(table)", "exists", "missing: no table " + targetSchema + "." + targetTable);
                return;
            }
            List<String> key = source.primaryKey(sourceConnection, sourceSchema, table);
            if (key.isEmpty()) {
                differ("-", "(table)", "has no primary key", "not compared");
                return;
            }
            List<SourceColumn> compared = new ArrayList<>();
            List<SourceColumn> targetCompared = new ArrayList<>();
            List<ValueKind> kinds = new ArrayList<>();
            for (SourceColumn column : sourceColumns) {
                SourceColumn onTarget = targetColumns.get(targetName(column.name()));
                if (onTarget == null) {
                    differ("-", column.name(), "exists", "missing");
                    continue;
                }
                compared.add(column);
                targetCompared.add(onTarget);
                kinds.add(ValueKind.ofTargetType(onTarget.dataType()));
            }
            int[] keyIndexes = key.stream().mapToInt(name -> indexOf(compared, name)).toArray();
            try (Cursor s = new Cursor(source, sourceConnection, sourceSchema, table, compared, kinds, keyIndexes);
                    Cursor t = new Cursor(target, targetConnection, targetSchema, targetTable, targetCompared, kinds,
                            keyIndexes)) {
                merge(s, t, compared, kinds, keyIndexes);
            }
        }

        private void merge(Cursor s, Cursor t, List<SourceColumn> columns, List<ValueKind> kinds, int[] keyIndexes)
                throws SQLException {
            String[] left = s.next();
            String[] right = t.next();
            while (left != null || right != null) {
                rows++;
                int order = left == null ? 1 : right == null ? -1 : compareKeys(left, right, kinds, keyIndexes);
                if (order < 0) {
                    differ(keyOf(left, keyIndexes), Difference.ROW, "present", null);
                    left = s.next();
                } else if (order > 0) {
                    differ(keyOf(right, keyIndexes), Difference.ROW, null, "present");
                    right = t.next();
                } else {
                    for (int i = 0; i < columns.size(); i++) {
                        if (!Objects.equals(left[i], right[i])) {
                            differ(keyOf(left, keyIndexes), columns.get(i).name(), left[i], right[i]);
                        }
                    }
                    left = s.next();
                    right = t.next();
                }
            }
        }

        private void differ(String key, String column, String sourceValue, String targetValue) {
            count++;
            if (differences.size() < MAX_REPORTED) {
                differences.add(new Difference(table, key, column, sourceValue, targetValue));
            }
        }
    }

    private static void endRead(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private static int compareKeys(String[] left, String[] right, List<ValueKind> kinds, int[] keyIndexes) {
        for (int index : keyIndexes) {
            int order = kinds.get(index) == ValueKind.NUMBER
                    ? new BigDecimal(left[index]).compareTo(new BigDecimal(right[index]))
                    : left[index].compareTo(right[index]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static String keyOf(String[] row, int[] keyIndexes) {
        List<String> key = new ArrayList<>();
        for (int index : keyIndexes) {
            key.add(row[index]);
        }
        return key.size() == 1 ? key.get(0) : key.toString();
    }

    private static int indexOf(List<SourceColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("key column " + name + " is not compared");
    }

    /** Canonical rows of one side in key order. */
    private static final class Cursor implements AutoCloseable {
        private final ComparedSide side;
        private final List<SourceColumn> columns;
        private final List<ValueKind> kinds;
        private final Statement statement;
        private final ResultSet rows;

        Cursor(ComparedSide side, Connection connection, String schema, String table, List<SourceColumn> columns,
                List<ValueKind> kinds, int[] keyIndexes) throws SQLException {
            this.side = side;
            this.columns = columns;
            this.kinds = kinds;
            List<String> select = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                select.add(side.expression(columns.get(i), kinds.get(i)));
            }
            List<String> order = new ArrayList<>();
            for (int index : keyIndexes) {
                order.add(side.orderTerm(columns.get(index), kinds.get(index)));
            }
            String sql = "SELECT " + String.join(", ", select) + " FROM " + side.quote(schema) + "."
                    + side.quote(table) + " " + ROW_ALIAS + " ORDER BY " + String.join(", ", order);
            statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            rows = statement.executeQuery(sql);
        }

        String[] next() throws SQLException {
            if (!rows.next()) {
                return null;
            }
            String[] row = new String[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = kinds.get(i).canonical(side.read(rows, i + 1, columns.get(i), kinds.get(i)));
            }
            return row;
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}

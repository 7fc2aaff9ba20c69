package ai.dflux.systemtests.bench.compatibility;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Compares every value of every base-table column of a MariaDB/MySQL database with the value a migration wrote into
 * a PostgreSQL schema, column by column, through {@link CanonicalValue}. Rows are matched by their primary key
 * (compared as values, so the two databases' sort orders do not matter); a table without one is compared column by
 * column as sorted lists of values. {@code targetName} maps a source table or column name to the target's
 * (pgloader downcases them).
 *
 * <pre>{@code
 * ValueComparison values = new ColumnValueComparison(mariadb.dataSource("sakila"), "sakila",
 *         postgres.dataSource("pgloader_sakila"), "sakila", name -> name.toLowerCase(Locale.ROOT)).compare();
 * }</pre>
 */
public final class ColumnValueComparison {

    private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\(`([^`]+)`\\)");
    private static final String KEY_SEPARATOR = "\u0001";

    private final DataSource source;
    private final String sourceDatabase;
    private final DataSource target;
    private final String targetSchema;
    private final UnaryOperator<String> targetName;

    public ColumnValueComparison(DataSource source, String sourceDatabase, DataSource target, String targetSchema,
            UnaryOperator<String> targetName) {
        this.source = source;
        this.sourceDatabase = sourceDatabase;
        this.target = target;
        this.targetSchema = targetSchema;
        this.targetName = targetName;
    }

    public ValueComparison compare() throws SQLException {
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            try (Statement utc = to.createStatement()) {
                utc.execute("set TimeZone = 'UTC'");
            }
            Map<String, List<SourceColumn>> sourceTables = sourceColumns(from);
            Map<String, Map<String, TargetColumn>> targetTables = targetColumns(to);
            List<ColumnResult> results = new ArrayList<>();
            int withoutData = 0;
            for (Map.Entry<String, List<SourceColumn>> table : sourceTables.entrySet()) {
                Map<String, TargetColumn> targetTable = targetTables.getOrDefault(targetName.apply(table.getKey()),
                        Map.of());
                List<ColumnResult> compared = new TableComparison(table.getKey(), table.getValue(),
                        primaryKey(from, table.getKey()), targetTable).compare(from, to);
                withoutData += table.getValue().size() - compared.size();
                results.addAll(compared);
            }
            return new ValueComparison(results, withoutData);
        }
    }

    private Map<String, List<SourceColumn>> sourceColumns(Connection connection) throws SQLException {
        List<String> jsonColumns = new ArrayList<>();
        for (String[] check : Sql.rows(connection, "select TABLE_NAME, CHECK_CLAUSE from"
                + " information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA = ?", sourceDatabase)) {
            Matcher json = JSON_CHECK.matcher(check[1]);
            if (json.find()) {
                jsonColumns.add(check[0] + "." + json.group(1));
            }
        }
        Map<String, List<SourceColumn>> tables = new LinkedHashMap<>();
        for (String[] row : Sql.rows(connection, "select c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.COLUMN_TYPE"
                + " from information_schema.COLUMNS c join information_schema.TABLES t"
                + " on t.TABLE_SCHEMA = c.TABLE_SCHEMA and t.TABLE_NAME = c.TABLE_NAME"
                + " where c.TABLE_SCHEMA = ? and t.TABLE_TYPE = 'BASE TABLE'"
                + " order by c.TABLE_NAME, c.ORDINAL_POSITION", sourceDatabase)) {
            tables.computeIfAbsent(row[0], t -> new ArrayList<>()).add(new SourceColumn(row[0], row[1], row[2],
                    row[3], jsonColumns.contains(row[0] + "." + row[1])));
        }
        return tables;
    }

    private List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        for (String[] row : Sql.rows(connection, "select COLUMN_NAME from information_schema.KEY_COLUMN_USAGE"
                + " where TABLE_SCHEMA = ? and CONSTRAINT_NAME = 'PRIMARY' and TABLE_NAME = '"
                + table.replace("'", "''") + "' order by ORDINAL_POSITION", sourceDatabase)) {
            key.add(row[0]);
        }
        return key;
    }

    private Map<String, Map<String, TargetColumn>> targetColumns(Connection connection) throws SQLException {
        Map<String, Map<String, TargetColumn>> tables = new HashMap<>();
        for (String[] row : Sql.rows(connection, "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
                + " t.typcategory from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + " join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid"
                + " where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped",
                targetSchema)) {
            tables.computeIfAbsent(row[0], t -> new HashMap<>()).put(row[1],
                    new TargetColumn(row[0], row[1], row[2], row[3]));
        }
        return tables;
    }

    /** One table: reads both sides once, then compares column by column. */
    private final class TableComparison {

        private final String table;
        private final List<SourceColumn> columns;
        private final List<String> primaryKey;
        private final Map<String, TargetColumn> targetTable;

        TableComparison(String table, List<SourceColumn> columns, List<String> primaryKey,
                Map<String, TargetColumn> targetTable) {
            this.table = table;
            this.columns = columns;
            this.primaryKey = primaryKey;
            this.targetTable = targetTable;
        }

        List<ColumnResult> compare(Connection from, Connection to) throws SQLException {
            List<String[]> sourceRows = readSource(from);
            List<TargetColumn> targets = columns.stream().map(c -> targetTable.get(targetName.apply(c.name())))
                    .toList();
            List<String[]> targetRows = targets.stream().anyMatch(Objects::nonNull) ? readTarget(to, targets)
                    : List.of();
            int[] keyPositions = primaryKey.stream().mapToInt(this::position).toArray();
            boolean keyed = keyPositions.length > 0
                    && primaryKey.stream().allMatch(k -> targets.get(position(k)) != null);
            Map<String, String[]> targetByKey = new HashMap<>();
            if (keyed) {
                for (String[] row : targetRows) {
                    targetByKey.put(key(row, keyPositions, targets), row);
                }
            }
            List<ColumnResult> results = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                int column = i;
                if (sourceRows.stream().allMatch(row -> row[column] == null)) {
                    continue;
                }
                results.add(keyed ? compareByKey(column, targets.get(column), sourceRows, targetByKey, keyPositions,
                        targets) : compareSorted(column, targets.get(column), sourceRows, targetRows));
            }
            return results;
        }

        private ColumnResult compareByKey(int column, TargetColumn target, List<String[]> sourceRows,
                Map<String, String[]> targetByKey, int[] keyPositions, List<TargetColumn> targets) {
            SourceColumn sourceColumn = columns.get(column);
            ValueFamily family = sourceColumn.family();
            long changed = 0;
            String[] example = null;
            for (String[] row : sourceRows) {
                String[] targetRow = targetByKey.get(sourceKey(row, keyPositions));
                String targetText = target == null || targetRow == null ? null : targetRow[column];
                boolean same = target != null && targetRow != null && Objects.equals(
                        CanonicalValue.ofSource(row[column], family),
                        CanonicalValue.ofTarget(targetText, family, target));
                if (!same) {
                    changed++;
                    if (example == null) {
                        example = new String[] {row[column], target == null ? "(no column)"
                                : targetRow == null ? "(no row)" : targetText};
                    }
                }
            }
            changed += Math.max(0, targetByKey.size() - sourceRows.size());
            return result(sourceColumn, target, sourceRows.size(), changed, example);
        }

        private ColumnResult compareSorted(int column, TargetColumn target, List<String[]> sourceRows,
                List<String[]> targetRows) {
            SourceColumn sourceColumn = columns.get(column);
            ValueFamily family = sourceColumn.family();
            List<String[]> sourceValues = sourceRows.stream()
                    .map(r -> new String[] {CanonicalValue.ofSource(r[column], family), r[column]})
                    .sorted((a, b) -> compareNullsFirst(a[0], b[0])).toList();
            List<String[]> targetValues = target == null ? List.of() : targetRows.stream()
                    .map(r -> new String[] {CanonicalValue.ofTarget(r[column], family, target), r[column]})
                    .sorted((a, b) -> compareNullsFirst(a[0], b[0])).toList();
            long changed = Math.abs(sourceValues.size() - targetValues.size());
            String[] example = null;
            for (int i = 0; i < Math.min(sourceValues.size(), targetValues.size()); i++) {
                if (!Objects.equals(sourceValues.get(i)[0], targetValues.get(i)[0])) {
                    changed++;
                    if (example == null) {
                        example = new String[] {sourceValues.get(i)[1], targetValues.get(i)[1]};
                    }
                }
            }
            if (example == null && changed > 0) {
                example = new String[] {"(" + sourceValues.size() + " rows)",
                        target == null ? "(no column)" : "(" + targetValues.size() + " rows)"};
            }
            return result(sourceColumn, target, sourceRows.size(), changed, example);
        }

        private ColumnResult result(SourceColumn column, TargetColumn target, long rows, long changed,
                String[] example) {
            return new ColumnResult(sourceDatabase, table, column.name(), column.displayType(),
                    target == null ? null : target.type(), target != null && NaturalType.keeps(column, target),
                    rows, changed, example == null ? null : example[0], example == null ? null : example[1]);
        }

        private List<String[]> readSource(Connection from) throws SQLException {
            List<String> expressions = columns.stream().map(CanonicalValue::sourceExpression).toList();
            return read(from, "select " + String.join(", ", expressions) + " from "
                    + Sql.quotedMariaDb(sourceDatabase) + "." + Sql.quotedMariaDb(table));
        }

        /** The target's rows, in the source's column order; a column missing on the target reads as NULL. */
        private List<String[]> readTarget(Connection to, List<TargetColumn> targets) throws SQLException {
            List<String> expressions = targets.stream()
                    .map(t -> t == null ? "null" : CanonicalValue.targetExpression(t)).toList();
            return read(to, "select " + String.join(", ", expressions) + " from "
                    + Sql.quotedPostgres(targetSchema) + "." + Sql.quotedPostgres(targetName.apply(table)));
        }

        private List<String[]> read(Connection connection, String query) throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        private String sourceKey(String[] row, int[] keyPositions) {
            StringBuilder key = new StringBuilder();
            for (int position : keyPositions) {
                key.append(CanonicalValue.ofSource(row[position], columns.get(position).family()))
                        .append(KEY_SEPARATOR);
            }
            return key.toString();
        }

        private String key(String[] targetRow, int[] keyPositions, List<TargetColumn> targets) {
            StringBuilder key = new StringBuilder();
            for (int position : keyPositions) {
                key.append(CanonicalValue.ofTarget(targetRow[position], columns.get(position).family(),
                        targets.get(position))).append(KEY_SEPARATOR);
            }
            return key.toString();
        }

        private int position(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new IllegalStateException("primary key column " + column + " is not a column of " + table);
        }
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}

package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads a MySQL 8 or MariaDB 10.6+ database (the catalog's one schema) from {@code information_schema}, with one
 * query per object kind for the whole database, never one per table. The queries read one {@code information_schema}
 * table each and are joined here, because joins between {@code information_schema} tables are slow on large schemas.
 *
 * <p>How the source's quirks are written into the model:
 * <ul>
 * <li>Column defaults are SQL as the source spells it: string and date literals quoted ({@code 'G'}), numbers bare
 * ({@code 4.99}), expressions as is ({@code current_timestamp()}); a {@code NULL} default and no default are both
 * {@code null}. (MariaDB already reports it so; MySQL's unquoted literals are quoted here.)</li>
 * <li>{@code ON UPDATE CURRENT_TIMESTAMP} stays visible in the default: {@code defaultValue} is
 * {@code "<default> ON UPDATE <expression>"}, e.g. {@code current_timestamp() ON UPDATE current_timestamp()}, or
 * {@code "ON UPDATE <expression>"} when the column has no default. So {@code DEFAULT <defaultValue>} is the source's
 * clause, and a rule finds the marker by {@link #ON_UPDATE}.</li>
 * <li>{@code AUTO_INCREMENT} columns have identity {@code AUTO_INCREMENT}; generated columns carry
 * {@code GENERATION_EXPRESSION} and no default.</li>
 * <li>Index key parts are column names, {@code col(10)} for a prefix (not for SPATIAL indexes, whose reported
 * prefix is internal); the model has no place for a descending key part, which is read as ascending (as the
 * PostgreSQL reader does). A MySQL 8 functional key part is its expression (and marks the index as an expression
 * index). The method is {@code INDEX_TYPE}: {@code BTREE}, {@code HASH}, {@code FULLTEXT}, {@code SPATIAL}.</li>
 * <li>Routine signatures are assembled from {@code PARAMETERS}: {@code (IN p_film_id int(11), OUT p_count int(11))}
 * for procedures, {@code (p_inventory_id int(11))} for functions (MySQL does not allow a mode there); the body is
 * {@code ROUTINE_DEFINITION}, or the {@code SHOW CREATE} text where the account may not read it there. MariaDB's
 * packages ({@code sql_mode=ORACLE}) are read as packages and package bodies, without a signature.</li>
 * <li>MariaDB sequences ({@code TABLE_TYPE = 'SEQUENCE'}) are read with one {@code UNION ALL} over the sequences
 * themselves (there is no {@code information_schema.SEQUENCES} before MariaDB 11.5). Their current value is the
 * highest value the server may have handed out: {@code next_not_cached_value - increment}, or null while
 * {@code next_not_cached_value} is still the start value (none handed out yet).</li>
 * <li>System-versioned tables are tables; the invisible {@code row_end} that MariaDB appends to their keys is left
 * out, so their keys name the declared columns.</li>
 * </ul>
 * Tables, columns and keys must be readable; any other kind that cannot be read, and a view or routine whose
 * definition the account may not see, makes the catalog partial, with a problem naming it. (The server leaves out of
 * {@code information_schema} the routines and triggers an account has no privilege on, which no reader can notice:
 * that is for the privilege checks of the CDC preflight.)
 */
public class MariaDbCatalogReader implements CatalogReader {

    /** How the {@code ON UPDATE} clause of a MySQL/MariaDB column is appended to its default value. */
    public static final String ON_UPDATE = "ON UPDATE ";

    private static final Pattern ON_UPDATE_IN_EXTRA = Pattern.compile("(?i)\\bon update (\\w+(?:\\(\\d*\\))?)");
    private static final Pattern GENERATED_IN_EXTRA =
            Pattern.compile("(?i)\\b(VIRTUAL|STORED|PERSISTENT) GENERATED\\b");
    private static final Set<String> LARGE_OBJECT_TYPES = Set.of("tinyblob", "blob", "mediumblob", "longblob",
            "tinytext", "text", "mediumtext", "longtext", "json", "geometry", "point", "linestring", "polygon",
            "multipoint", "multilinestring", "multipolygon", "geometrycollection", "geomcollection");
    /** Types whose literal defaults MySQL 8 reports without quotes (MariaDB quotes them itself). */
    private static final Set<String> QUOTED_LITERAL_TYPES = Set.of("char", "varchar", "tinytext", "text",
            "mediumtext", "longtext", "enum", "set", "date", "time", "datetime", "timestamp");
    private static final int SEQUENCES_PER_QUERY = 500;

    private static final String TABLES = """
            select TABLE_NAME, TABLE_TYPE, coalesce(TABLE_ROWS, 0),
                   coalesce(DATA_LENGTH, 0) + coalesce(INDEX_LENGTH, 0), TABLE_COMMENT
            from information_schema.TABLES
            where TABLE_SCHEMA = ? and TABLE_TYPE in ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')
            order by TABLE_NAME""";

    private static final String COLUMNS = """
            select TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES', COLUMN_DEFAULT,
                   EXTRA, GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT, lower(DATA_TYPE)
            from information_schema.COLUMNS
            where TABLE_SCHEMA = ?
            order by TABLE_NAME, ORDINAL_POSITION""";

    private static final String CONSTRAINTS = """
            select TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE
            from information_schema.TABLE_CONSTRAINTS
            where CONSTRAINT_SCHEMA = ? and TABLE_SCHEMA = ?""";

    private static final String REFERENTIAL_ACTIONS = """
            select TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
            from information_schema.REFERENTIAL_CONSTRAINTS
            where CONSTRAINT_SCHEMA = ?""";

    private static final String KEY_COLUMNS = """
            select TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,
                   REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
            from information_schema.KEY_COLUMN_USAGE
            where TABLE_SCHEMA = ? and CONSTRAINT_SCHEMA = ?
            order by TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION""";

    /** MariaDB names a column-level check after its column, so names are unique per table only: it gives the table. */
    private static final String CHECKS_MARIADB = """
            select TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
            from information_schema.CHECK_CONSTRAINTS
            where CONSTRAINT_SCHEMA = ?
            order by TABLE_NAME, CONSTRAINT_NAME""";

    /** MySQL 8 check names are unique per schema; the table comes from TABLE_CONSTRAINTS. */
    private static final String CHECKS_MYSQL = """
            select null, CONSTRAINT_NAME, CHECK_CLAUSE
            from information_schema.CHECK_CONSTRAINTS
            where CONSTRAINT_SCHEMA = ?
            order by CONSTRAINT_NAME""";

    private static final String INDEXES = """
            select TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE = 0, INDEX_TYPE, SUB_PART, %s
            from information_schema.STATISTICS
            where TABLE_SCHEMA = ?
            order by TABLE_NAME, INDEX_NAME = 'PRIMARY' desc, INDEX_NAME, SEQ_IN_INDEX""";

    private static final String PARTITIONS = """
            select TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, PARTITION_EXPRESSION
            from information_schema.PARTITIONS
            where TABLE_SCHEMA = ? and PARTITION_NAME is not null
            order by TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION""";

    private static final String VIEWS = """
            select TABLE_NAME, VIEW_DEFINITION
            from information_schema.VIEWS
            where TABLE_SCHEMA = ?
            order by TABLE_NAME""";

    private static final String ROUTINES = """
            select ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_BODY, ROUTINE_DEFINITION
            from information_schema.ROUTINES
            where ROUTINE_SCHEMA = ?
            order by ROUTINE_NAME, ROUTINE_TYPE""";

    private static final String PARAMETERS = """
            select SPECIFIC_NAME, ROUTINE_TYPE, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
            from information_schema.PARAMETERS
            where SPECIFIC_SCHEMA = ? and ORDINAL_POSITION > 0
            order by SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION""";

    private static final String TRIGGERS = """
            select EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORIENTATION,
                   ACTION_STATEMENT
            from information_schema.TRIGGERS
            where TRIGGER_SCHEMA = ?
            order by EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER, TRIGGER_NAME""";

    private final String dialect;

    public MariaDbCatalogReader(String dialect) {
        this.dialect = dialect;
    }

    @Override
    public Catalog read(DataSource source, String database) throws SQLException {
        Read read = new Read(database);
        String version;
        try (Connection connection = source.getConnection()) {
            connection.setReadOnly(true);
            version = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            read.mariadb = version.toLowerCase(Locale.ROOT).contains("mariadb");
            List<String> sequenceNames = readTables(connection, read);
            readColumns(connection, read);
            Map<String, String> constraintTypes = readConstraintTypes(connection, read);
            readKeys(connection, read, constraintTypes);
            read.optional("check constraints", () -> readChecks(connection, read, constraintTypes));
            read.optional("indexes", () -> readIndexes(connection, read));
            read.optional("partitioning", () -> readPartitions(connection, read));
            read.optional("views", () -> readViews(connection, read));
            read.optional("routines", () -> readRoutines(connection, read));
            read.optional("triggers", () -> readTriggers(connection, read));
            if (!sequenceNames.isEmpty()) {
                read.optional("sequences", () -> readSequences(connection, read, sequenceNames));
            }
        }
        return new Catalog(dialect, database, version, Instant.now(), List.of(database), read.tables.tables(),
                read.views, read.sequences, read.routines, read.triggers, List.of(), List.of(), List.of(),
                !read.problems.isEmpty(), read.problems);
    }

    /** The state of one read: what was found so far and what could not be read. */
    private static final class Read {
        final String database;
        final TableCollector tables = new TableCollector();
        final List<ViewInfo> views = new ArrayList<>();
        final List<SequenceInfo> sequences = new ArrayList<>();
        final List<RoutineInfo> routines = new ArrayList<>();
        final List<TriggerInfo> triggers = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        /** The columns of each system-versioned table, whose keys MariaDB reports with its hidden row_end. */
        final Map<String, Set<String>> versionedColumns = new HashMap<>();
        boolean mariadb;

        Read(String database) {
            this.database = database;
        }

        /** Runs the reading of one object kind; a failure other than a lost connection is noted as a problem. */
        void optional(String kind, SqlStep step) throws SQLException {
            try {
                step.run();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw e;
                }
                problems.add("cannot read " + kind + " of " + database + ": " + e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    /** Base tables into the collector; returns the names of the sequences (MariaDB keeps them as tables). */
    private static List<String> readTables(Connection connection, Read read) throws SQLException {
        List<String> sequenceNames = new ArrayList<>();
        try (ResultSet rs = query(connection, TABLES, read.database)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if ("SEQUENCE".equals(rs.getString(2))) {
                    sequenceNames.add(name);
                    continue;
                }
                read.tables.addTable(read.database, name, rs.getLong(3), rs.getLong(4));
                if ("SYSTEM VERSIONED".equals(rs.getString(2))) {
                    read.versionedColumns.put(name, new HashSet<>());
                }
                read.tables.setComment(read.database, name, blankToNull(rs.getString(5)));
            }
        }
        return sequenceNames;
    }

    private static void readColumns(Connection connection, Read read) throws SQLException {
        try (ResultSet rs = query(connection, COLUMNS, read.database)) {
            while (rs.next()) {
                String extra = rs.getString(7) == null ? "" : rs.getString(7);
                String dataType = rs.getString(11);
                boolean generated = GENERATED_IN_EXTRA.matcher(extra).find();
                String identity = extra.toLowerCase(Locale.ROOT).contains("auto_increment") ? "AUTO_INCREMENT" : null;
                String defaultValue = generated ? null : defaultValue(rs.getString(6), extra, dataType, read.mariadb);
                Set<String> versioned = read.versionedColumns.get(rs.getString(1));
                if (versioned != null) {
                    versioned.add(rs.getString(3));
                }
                read.tables.addColumn(read.database, rs.getString(1), new ColumnInfo(rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), defaultValue, identity,
                        generated ? blankToNull(rs.getString(8)) : null, rs.getString(9),
                        blankToNull(rs.getString(10)), LARGE_OBJECT_TYPES.contains(dataType)));
            }
        }
    }

    /** The default as SQL, with the {@code ON UPDATE} clause of {@code EXTRA} appended (see the class comment). */
    static String defaultValue(String reported, String extra, String dataType, boolean mariadb) {
        String value = reported;
        if (mariadb) {
            // MariaDB: literals come quoted, so a bare NULL is the NULL default (a 'NULL' string stays quoted).
            if ("NULL".equalsIgnoreCase(value)) {
                value = null;
            }
        } else if (value != null && !extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")
                && QUOTED_LITERAL_TYPES.contains(dataType)) {
            // MySQL 8: literals come bare; expressions are marked DEFAULT_GENERATED in EXTRA.
            value = "'" + value.replace("'", "''") + "'";
        }
        Matcher onUpdate = ON_UPDATE_IN_EXTRA.matcher(extra);
        if (onUpdate.find()) {
            value = (value == null ? "" : value + " ") + ON_UPDATE + onUpdate.group(1);
        }
        return value;
    }

    /** {@code table + NUL + constraint name} to constraint type, from TABLE_CONSTRAINTS. */
    private static Map<String, String> readConstraintTypes(Connection connection, Read read) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (ResultSet rs = query(connection, CONSTRAINTS, read.database)) {
            while (rs.next()) {
                types.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        return types;
    }

    private static void readKeys(Connection connection, Read read, Map<String, String> constraintTypes)
            throws SQLException {
        Map<String, String[]> actions = new HashMap<>();
        try (ResultSet rs = query(connection, REFERENTIAL_ACTIONS, read.database)) {
            while (rs.next()) {
                actions.put(key(rs.getString(1), rs.getString(2)), new String[] {rs.getString(3), rs.getString(4)});
            }
        }
        try (ResultSet rs = query(connection, KEY_COLUMNS, read.database)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String constraint = rs.getString(2);
                String column = rs.getString(3);
                String type = constraintTypes.get(key(table, constraint));
                Set<String> versioned = read.versionedColumns.get(table);
                if (versioned != null && !versioned.contains(column)) {
                    // MariaDB appends the invisible row_end to every key of a system-versioned table.
                    continue;
                }
                if ("PRIMARY KEY".equals(type)) {
                    read.tables.addPrimaryKeyColumn(read.database, table, column);
                } else if ("FOREIGN KEY".equals(type) || type == null && rs.getString(5) != null) {
                    String[] rules = actions.getOrDefault(key(table, constraint), new String[2]);
                    read.tables.addForeignKeyColumn(read.database, table, constraint, column, rs.getString(4),
                            rs.getString(5), rs.getString(6), rules[0], rules[1], false, false);
                } else if ("UNIQUE".equals(type)) {
                    read.tables.addUniqueConstraintColumn(read.database, table, constraint, column);
                }
            }
        }
    }

    private static void readChecks(Connection connection, Read read, Map<String, String> constraintTypes)
            throws SQLException {
        Map<String, String> checkTables = new HashMap<>();
        if (!read.mariadb) {
            constraintTypes.forEach((tableAndName, type) -> {
                if ("CHECK".equals(type)) {
                    int nul = tableAndName.indexOf('\u0000');
                    checkTables.put(tableAndName.substring(nul + 1), tableAndName.substring(0, nul));
                }
            });
        }
        try (ResultSet rs = query(connection, read.mariadb ? CHECKS_MARIADB : CHECKS_MYSQL, read.database)) {
            while (rs.next()) {
                String name = rs.getString(2);
                String table = read.mariadb ? rs.getString(1) : checkTables.get(name);
                if (table != null) {
                    read.tables.addCheckConstraint(read.database, table, new CheckConstraintInfo(name,
                            rs.getString(3)));
                }
            }
        }
    }

    private static void readIndexes(Connection connection, Read read) throws SQLException {
        // MariaDB has no functional key parts (and no EXPRESSION column); MySQL 8.0.13+ has.
        String sql = INDEXES.formatted(read.mariadb ? "null" : "EXPRESSION");
        try (ResultSet rs = query(connection, sql, read.database)) {
            while (rs.next()) {
                String index = rs.getString(2);
                String method = rs.getString(5);
                String expression = rs.getString(7);
                boolean isExpression = rs.getString(3) == null && expression != null;
                String part = isExpression ? expression : rs.getString(3);
                if (!isExpression && rs.getObject(6) != null && !"SPATIAL".equalsIgnoreCase(method)) {
                    part += "(" + rs.getLong(6) + ")";
                }
                read.tables.addIndexPart(read.database, rs.getString(1), index, part, isExpression, rs.getBoolean(4),
                        "PRIMARY".equals(index), method, null);
            }
        }
    }

    private static void readPartitions(Connection connection, Read read) throws SQLException {
        Map<String, String[]> methods = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        try (ResultSet rs = query(connection, PARTITIONS, read.database)) {
            while (rs.next()) {
                String table = rs.getString(1);
                methods.putIfAbsent(table, new String[] {rs.getString(3), rs.getString(4)});
                names.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        methods.forEach((table, method) -> read.tables.setPartitioning(read.database, table,
                new PartitioningInfo(method[0], method[1], List.copyOf(names.get(table)))));
    }

    private static void readViews(Connection connection, Read read) throws SQLException {
        try (ResultSet rs = query(connection, VIEWS, read.database)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String definition = blankToNull(rs.getString(2));
                if (definition == null) {
                    // Empty without the SHOW VIEW privilege on it: SHOW CREATE VIEW says why.
                    definition = showCreate(connection, read, "VIEW", name, 2);
                }
                read.views.add(new ViewInfo(read.database, name, definition, false, null));
            }
        }
    }

    private static void readRoutines(Connection connection, Read read) throws SQLException {
        Map<String, List<String>> parameters = new HashMap<>();
        try (ResultSet rs = query(connection, PARAMETERS, read.database)) {
            while (rs.next()) {
                boolean procedure = "PROCEDURE".equals(rs.getString(2));
                String mode = procedure && rs.getString(3) != null ? rs.getString(3) + " " : "";
                parameters.computeIfAbsent(key(rs.getString(2), rs.getString(1)), k -> new ArrayList<>())
                        .add(mode + rs.getString(4) + " " + rs.getString(5));
            }
        }
        try (ResultSet rs = query(connection, ROUTINES, read.database)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String type = rs.getString(2);
                RoutineInfo.Kind kind = routineKind(type);
                if (kind == null) {
                    continue;
                }
                String body = rs.getString(5);
                if (body == null) {
                    // NULL for an account that is neither the definer nor may read mysql.proc.
                    body = showCreate(connection, read, type, name, 3);
                }
                boolean isPackage = kind == RoutineInfo.Kind.PACKAGE || kind == RoutineInfo.Kind.PACKAGE_BODY;
                String signature = isPackage ? null
                        : "(" + String.join(", ", parameters.getOrDefault(key(type, name), List.of())) + ")";
                read.routines.add(new RoutineInfo(read.database, name, kind, signature,
                        kind == RoutineInfo.Kind.FUNCTION ? rs.getString(3) : null, rs.getString(4), body));
            }
        }
    }

    /** MariaDB lists the packages of {@code sql_mode=ORACLE} as routines too. */
    private static RoutineInfo.Kind routineKind(String type) {
        return switch (type) {
            case "PROCEDURE" -> RoutineInfo.Kind.PROCEDURE;
            case "FUNCTION" -> RoutineInfo.Kind.FUNCTION;
            case "PACKAGE" -> RoutineInfo.Kind.PACKAGE;
            case "PACKAGE BODY" -> RoutineInfo.Kind.PACKAGE_BODY;
            default -> null;
        };
    }

    private static void readTriggers(Connection connection, Read read) throws SQLException {
        try (ResultSet rs = query(connection, TRIGGERS, read.database)) {
            while (rs.next()) {
                read.triggers.add(new TriggerInfo(read.database, rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of(rs.getString(4)), rs.getString(5), rs.getString(6), true));
            }
        }
    }

    /** One UNION ALL over the sequences themselves (per 500), as MariaDB before 11.5 has no SEQUENCES view. */
    private static void readSequences(Connection connection, Read read, List<String> names) throws SQLException {
        for (int from = 0; from < names.size(); from += SEQUENCES_PER_QUERY) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + SEQUENCES_PER_QUERY));
            List<String> selects = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                selects.add("select " + (from + i) + ", start_value, increment, minimum_value, maximum_value,"
                        + " cycle_option, next_not_cached_value from " + quote(read.database) + "."
                        + quote(chunk.get(i)));
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(String.join(" union all ", selects))) {
                while (rs.next()) {
                    long start = rs.getLong(2);
                    long increment = rs.getLong(3);
                    long next = rs.getLong(7);
                    // Increment 0 means "by auto_increment_increment", which this read does not know.
                    Long current = next == start || increment == 0 ? null : next - increment;
                    read.sequences.add(new SequenceInfo(read.database, names.get(rs.getInt(1)), "bigint", start,
                            increment, rs.getLong(4), rs.getLong(5), rs.getBoolean(6), current));
                }
            }
        }
    }

    /** The text of {@code SHOW CREATE <kind>}, for a body that information_schema does not show this account. */
    private static String showCreate(Connection connection, Read read, String kind, String name, int column) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show create " + kind.toLowerCase(Locale.ROOT) + " "
                        + quote(read.database) + "." + quote(name))) {
            String text = rs.next() ? rs.getString(column) : null;
            if (text == null) {
                read.problems.add("cannot read the definition of " + kind.toLowerCase(Locale.ROOT) + " "
                        + read.database + "." + name + ": no privilege to see it");
            }
            return text;
        } catch (SQLException e) {
            read.problems.add("cannot read the definition of " + kind.toLowerCase(Locale.ROOT) + " " + read.database
                    + "." + name + ": " + e.getMessage());
            return null;
        }
    }

    /** Runs {@code sql} with every parameter set to the database name. */
    private static ResultSet query(Connection connection, String sql, String database) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, database);
            }
            statement.closeOnCompletion();
            return statement.executeQuery();
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static String key(String first, String second) {
        return first + '\u0000' + second;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

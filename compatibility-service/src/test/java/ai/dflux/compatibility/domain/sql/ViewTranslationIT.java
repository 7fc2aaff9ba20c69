package ai.dflux.compatibility.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.testkit.Corpora;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real strings MariaDB reports for Sakila's views, defaults, checks and generated columns, translated and proven
 * on a real PostgreSQL: tables created with the translated defaults (from a crude type mapping kept in this test),
 * Sakila's data copied over with JDBC, every view created from its translated query and returning what MariaDB
 * returns.
 */
class ViewTranslationIT {

    private static final String SOURCE = "dflux_sql_sakila";
    private static final String TARGET = "sakila";
    private static final List<String> SAKILA_VIEWS = List.of("actor_info", "customer_list", "film_list",
            "nicer_but_slower_film_list", "sales_by_film_category", "sales_by_store", "staff_list");

    private static MariaDbServer mariadb;
    private static PostgresServer postgres;
    private static DataSource source;
    private static DataSource target;
    private static final SqlTranslator translator = SqlTranslators.forDialect(Dialect.MARIADB);
    private static final SakilaTargetNames names = new SakilaTargetNames(SOURCE, TARGET);
    private static final Map<String, List<SourceColumnRow>> tables = new LinkedHashMap<>();
    private static final Map<String, Translation> defaults = new LinkedHashMap<>();
    private static final Map<String, Translation> views = new LinkedHashMap<>();

    record SourceColumnRow(String table, String name, String dataType, String columnType, String columnDefault,
            String extra, String generation) {

        String targetType() {
            return SakilaTargetNames.crudeType(dataType, columnType);
        }

        /** The default as the discovery catalog writes it: the ON UPDATE part of EXTRA appended. */
        String defaultWithOnUpdate() {
            String extraLower = extra.toLowerCase(Locale.ROOT);
            int onUpdate = extraLower.indexOf("on update ");
            if (onUpdate < 0) {
                return columnDefault;
            }
            String clause = extra.substring(onUpdate).trim();
            return columnDefault == null ? clause : columnDefault + " " + clause;
        }
    }

    @BeforeAll
    static void loadSakilaOnBothSides() throws Exception {
        mariadb = MariaDbServer.create().start();
        try (Connection c = mariadb.dataSource("").getConnection(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_bin_trust_function_creators = 1");
            s.execute("DROP DATABASE IF EXISTS " + SOURCE);
        }
        mariadb.createDatabase(SOURCE);
        load(List.of("sed", "-e", "/^DROP SCHEMA IF EXISTS sakila;/d", "-e", "/^CREATE SCHEMA sakila;/d",
                "-e", "s/^USE sakila;/USE " + SOURCE + ";/", "-e", "s/\\bsakila\\./" + SOURCE + "./g",
                Corpora.file("sakila/mysql/mysql-sakila-schema.sql").toString()));
        load(List.of("sed", "-e", "s/^USE sakila;/USE " + SOURCE + ";/",
                Corpora.file("sakila/mysql/sakila-data-v0.8.sql").toString()), "--binary-mode");
        source = mariadb.dataSource(SOURCE);
        execute(source, "CREATE TABLE dflux_extras (id int PRIMARY KEY, width int NOT NULL DEFAULT 2, "
                + "height int NOT NULL DEFAULT 3, area int AS (width * height) STORED, "
                + "label varchar(20) DEFAULT 'it\\'s', stamp datetime DEFAULT now(), doc json, "
                + "CONSTRAINT positive_width CHECK (width > 0), CONSTRAINT short_label CHECK (char_length(label) < 15))");
        execute(source, "INSERT INTO dflux_extras (id, width, height) VALUES (1, 4, 5)");
        execute(source, "INSERT INTO dflux_extras (id, width, height, doc) VALUES (4, 1, 1, '{\"a\": [1, 2]}')");

        postgres = PostgresServer.create().start();
        postgres.createDatabase("dflux_sql_target");
        target = postgres.dataSource("dflux_sql_target");
        execute(target, "DROP SCHEMA IF EXISTS " + TARGET + " CASCADE");
        execute(target, "CREATE SCHEMA " + TARGET);

        readColumns();
        createTables();
        copyRows();
        addChecks();
        createViews();
    }

    @AfterAll
    static void stopServers() {
        if (mariadb != null) {
            mariadb.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyDefaultAndGenerationExpressionTranslates() {
        assertThat(defaults).isNotEmpty().allSatisfy((column, translation) ->
                assertThat(translation.failure()).as(column).isNull());
        assertThat(defaults.get("film.last_update").sql()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(defaults.get("film.last_update").warnings()).anyMatch(w -> w.contains("trigger"));
        assertThat(defaults.get("film.rating").sql()).isEqualTo("'G'");
        assertThat(defaults.get("dflux_extras.label").sql()).isEqualTo("'it''s'");
        assertThat(defaults.get("dflux_extras.area").sql()).isEqualTo("width * height");
    }

    @Test
    void translatedDefaultsAndGeneratedColumnsWorkOnPostgres() throws SQLException {
        execute(target, "INSERT INTO sakila.dflux_extras (id) VALUES (2)");
        try (Connection c = target.getConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT width, height, area, label, stamp IS NOT NULL "
                        + "FROM sakila.dflux_extras WHERE id = 2")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(2);
            assertThat(row.getInt(3)).isEqualTo(6);
            assertThat(row.getString(4)).isEqualTo("it's");
            assertThat(row.getBoolean(5)).isTrue();
        }
        assertThat(count(target, "SELECT count(*) FROM sakila.film WHERE last_update IS NOT NULL")).isPositive();
    }

    @Test
    void translatedChecksRejectWhatMariaDbRejects() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(target,
                "INSERT INTO sakila.dflux_extras (id, width) VALUES (3, 0)")).hasMessageContaining("positive_width");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(target,
                "INSERT INTO sakila.dflux_extras (id, doc) VALUES (5, '{not json')")).hasMessageContaining("json");
    }

    @Test
    void allSevenSakilaViewsAreCreatedOnPostgres() throws SQLException {
        assertThat(views.keySet()).containsExactlyInAnyOrderElementsOf(SAKILA_VIEWS);
        assertThat(views).allSatisfy((view, translation) -> assertThat(translation.failure()).as(view).isNull());
        List<String> created = new ArrayList<>();
        try (Connection c = target.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.views "
                        + "WHERE table_schema = '" + TARGET + "'")) {
            while (rows.next()) {
                created.add(rows.getString(1));
            }
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(SAKILA_VIEWS);
    }

    @Test
    void everyViewReturnsAsManyRowsAsOnMariaDb() throws SQLException {
        for (String view : SAKILA_VIEWS) {
            assertThat(count(target, "SELECT count(*) FROM " + TARGET + "." + view)).as(view)
                    .isEqualTo(count(source, "SELECT count(*) FROM " + view)).isPositive();
        }
    }

    @Test
    void salesViewsReturnTheSameRowsAsOnMariaDb() throws SQLException {
        assertThat(rows(target, "SELECT store, manager, total_sales FROM sakila.sales_by_store ORDER BY store"))
                .isEqualTo(rows(source, "SELECT store, manager, total_sales FROM sales_by_store ORDER BY store"));
        assertThat(rows(target, "SELECT category, total_sales FROM sakila.sales_by_film_category ORDER BY 1"))
                .isEqualTo(rows(source, "SELECT category, total_sales FROM sales_by_film_category ORDER BY 1"));
        assertThat(rows(target, "SELECT id, name, notes FROM sakila.customer_list ORDER BY id"))
                .isEqualTo(rows(source, "SELECT ID, name, notes FROM customer_list ORDER BY ID"));
    }

    private static void readColumns() throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement query = c.prepareStatement("""
                select c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.COLUMN_TYPE, c.COLUMN_DEFAULT, c.EXTRA,
                       c.GENERATION_EXPRESSION
                from information_schema.COLUMNS c join information_schema.TABLES t
                  on t.TABLE_SCHEMA = c.TABLE_SCHEMA and t.TABLE_NAME = c.TABLE_NAME
                where c.TABLE_SCHEMA = ? and t.TABLE_TYPE = 'BASE TABLE'
                order by c.TABLE_NAME, c.ORDINAL_POSITION""")) {
            query.setString(1, SOURCE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    SourceColumnRow column = new SourceColumnRow(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7));
                    tables.computeIfAbsent(column.table(), t -> new ArrayList<>()).add(column);
                    names.declare(column.table(), column.name(), column.targetType());
                }
            }
        }
    }

    private static void createTables() throws SQLException {
        for (var table : tables.entrySet()) {
            List<String> columns = new ArrayList<>();
            for (SourceColumnRow column : table.getValue()) {
                StringBuilder definition = new StringBuilder(FoldingTargetNames.fold(column.name()) + " "
                        + column.targetType());
                if (column.generation() != null) {
                    Translation generated = translator.expression(column.generation(), SOURCE, column.table(),
                            names);
                    defaults.put(column.table() + "." + column.name(), generated);
                    definition.append(" GENERATED ALWAYS AS (").append(generated.sql()).append(") STORED");
                } else if (column.defaultWithOnUpdate() != null) {
                    Translation translated = translator.expression(column.defaultWithOnUpdate(), SOURCE,
                            column.table(), names);
                    defaults.put(column.table() + "." + column.name(), translated);
                    definition.append(" DEFAULT ").append(translated.sql());
                }
                columns.add(definition.toString());
            }
            execute(target, "CREATE TABLE " + TARGET + "." + FoldingTargetNames.fold(table.getKey()) + " ("
                    + String.join(", ", columns) + ")");
        }
    }

    private static void addChecks() throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement query = c.prepareStatement(
                "select TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE from information_schema.CHECK_CONSTRAINTS "
                        + "where CONSTRAINT_SCHEMA = ?")) {
            query.setString(1, SOURCE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Translation check = translator.expression(rows.getString(3), SOURCE, rows.getString(1), names);
                    assertThat(check.failure()).as(rows.getString(2)).isNull();
                    execute(target, "ALTER TABLE " + TARGET + "." + FoldingTargetNames.fold(rows.getString(1))
                            + " ADD CONSTRAINT " + rows.getString(2) + " CHECK (" + check.sql() + ")");
                }
            }
        }
    }

    private static void createViews() throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement query = c.prepareStatement(
                "select TABLE_NAME, VIEW_DEFINITION from information_schema.VIEWS where TABLE_SCHEMA = ?")) {
            query.setString(1, SOURCE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Translation view = translator.query(rows.getString(2), names);
                    views.put(rows.getString(1), view);
                    if (view.translated()) {
                        execute(target, "CREATE VIEW " + TARGET + "." + rows.getString(1) + " AS " + view.sql());
                    }
                }
            }
        }
    }

    /** Copies every base table's rows, generated columns left out. */
    private static void copyRows() throws SQLException {
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            to.setAutoCommit(false);
            for (var table : tables.entrySet()) {
                List<SourceColumnRow> columns = table.getValue().stream().filter(c -> c.generation() == null).toList();
                String list = String.join(", ", columns.stream().map(c -> "`" + c.name() + "`").toList());
                String targetList = String.join(", ", columns.stream()
                        .map(c -> FoldingTargetNames.fold(c.name())).toList());
                String marks = String.join(", ", columns.stream().map(c -> "?").toList());
                try (Statement select = from.createStatement();
                        ResultSet rows = select.executeQuery("SELECT " + list + " FROM `" + table.getKey() + "`");
                        PreparedStatement insert = to.prepareStatement("INSERT INTO " + TARGET + "."
                                + FoldingTargetNames.fold(table.getKey()) + " (" + targetList + ") VALUES ("
                                + marks + ")")) {
                    int batch = 0;
                    while (rows.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            copyValue(rows, insert, i + 1, columns.get(i).targetType());
                        }
                        insert.addBatch();
                        if (++batch % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            to.commit();
        }
    }

    private static void copyValue(ResultSet rows, PreparedStatement insert, int index, String type)
            throws SQLException {
        Object value = switch (type) {
            case "smallint", "integer", "bigint" -> rows.getLong(index);
            case "numeric" -> rows.getBigDecimal(index);
            case "timestamp" -> rows.getTimestamp(index);
            case "date" -> rows.getDate(index);
            case "bytea" -> rows.getBytes(index);
            default -> rows.getString(index);
        };
        insert.setObject(index, rows.wasNull() ? null : value);
    }

    private static long count(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<List<String>> rows(DataSource database, String sql) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " in: " + sql, e);
        }
    }

    /** {@code sed ... file | mariadb ... database}, as the corpora README loads Sakila. */
    private static void load(List<String> sed, String... options) throws Exception {
        List<String> client = new ArrayList<>(List.of(clientBinary(), "-h", mariadb.host(), "-P",
                String.valueOf(mariadb.port()), "-u", mariadb.user(), "-p" + mariadb.password()));
        client.addAll(List.of(options));
        client.add(SOURCE);
        Path output = Files.createTempFile("dflux-sakila-load-", ".log");
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                    new ProcessBuilder(sed).redirectError(ProcessBuilder.Redirect.appendTo(output.toFile())),
                    new ProcessBuilder(client).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))));
            for (Process process : pipeline) {
                if (!process.waitFor(300, TimeUnit.SECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new IllegalStateException("loading " + sed.get(sed.size() - 1) + " took over 5 minutes");
                }
            }
            for (Process process : pipeline) {
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("loading " + sed.get(sed.size() - 1) + " failed: "
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String clientBinary() {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("mariadb", "mysql")) {
                if (Files.isExecutable(Path.of(folder, name))) {
                    return Path.of(folder, name).toString();
                }
            }
        }
        throw new IllegalStateException("no mariadb or mysql client on the PATH");
    }
}

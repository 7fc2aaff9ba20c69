package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MariaDB to PostgreSQL: values arrive under their value rules (zero dates, SET, BIT, ENUM, bytes, utf8mb4, TIME
 * beyond a day), the copy is the snapshot taken under the read lock, an interrupted copy resumes, and a source user
 * without RELOAD still gets a consistent, single-threaded copy.
 */
class MariaDbInitialCopyIT {

    private static final String SOURCE_DB = "copy_md_source";
    private static final int ROWS = 400;

    @RegisterExtension
    static final ServerExtension<MariaDbServer> mariadb = ServerExtension.mariaDb();
    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static final String TARGET_SCHEMA = """
            CREATE TYPE kinds_e AS ENUM ('', 'x', 'y');
            CREATE TABLE kinds (id integer PRIMARY KEY, d date, dt timestamp(6), ts timestamptz(6), tm interval,
                y smallint, s text[], bt bit(10), e kinds_e, bl bytea, bn bytea, f real, dbl double precision,
                dec numeric(30,10), u numeric(20,0), tx text, flag smallint);
            CREATE TABLE coded (region varchar(10), num integer, label text, PRIMARY KEY (region, num));
            """;

    @BeforeAll
    static void createSource() {
        mariadb.server().createDatabase(SOURCE_DB);
        execute(sourceDb(), "SET SESSION sql_mode = ''",
                """
                CREATE TABLE kinds (id int PRIMARY KEY, d date, dt datetime(6), ts timestamp(6) NULL, tm time(6),
                    y year, s set('a','b','c'), bt bit(10), e enum('x','y'), bl blob, bn binary(4), f float,
                    dbl double, `dec` decimal(30,10), u bigint unsigned, tx text CHARACTER SET utf8mb4,
                    flag tinyint(1)) DEFAULT CHARSET = utf8mb4
                """,
                """
                INSERT INTO kinds VALUES
                    (1, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '838:59:59', 0, '', b'0',
                        'x', x'', x'00', 0, 0, 0, 0, '', 0),
                    (2, '2024-02-29', '2024-02-29 23:59:59.123456', '2038-01-19 03:14:07.999999', '-838:59:59.000001',
                        2155, 'a,c', b'1000000001', 'y', x'00FF5C0A09', x'DEADBEEF', 3.4028235e38, 1.7976931348623157e308,
                        12345678901234567890.0123456789, 18446744073709551615, 'emoji 😀 tab\there\nnewline \\\\ ü', 1),
                    (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                    (4, '2024-00-10', '1000-01-01 00:00:00', '1970-01-01 00:00:01', '00:00:00', 1901, 'a,b,c', b'1111111111',
                        '', x'5C4E', x'01020304', -1.17549435e-38, -2.2250738585072014e-308, -0.0000000001, 1,
                        'quote '' and "double"', -128)
                """,
                "INSERT INTO kinds (id, d, tx, s, bt, f) SELECT seq, DATE '2000-01-01' + INTERVAL seq DAY,"
                        + " CONCAT('row ', seq, ' ✓'), 'b', seq, seq / 3 FROM seq_10_to_" + (ROWS + 5),
                "CREATE TABLE coded (region varchar(10), num int, label text, PRIMARY KEY (region, num))",
                "INSERT INTO coded SELECT CHAR(65 + seq % 5), seq, CONCAT('label ', seq) FROM seq_1_to_300",
                "CREATE TABLE aside (id int PRIMARY KEY)");
    }

    @Test
    void valuesArriveUnderTheirValueRules() {
        DataSource target = newTarget("copy_md_values");

        CopyResult result = copy(UUID.randomUUID(), target, credentials(), CopyListener.NONE, 100).run(plans());

        assertThat(result.complete()).isTrue();
        assertThat(result.readers()).isEqualTo(2);
        assertThat(result.position().binlogFile()).isNotBlank();
        assertThat(result.position().binlogPosition()).isPositive();
        assertThat(row(target, 1)).containsExactly("-infinity", "-infinity", "-infinity", "838:59:59", "0", "{}",
                "0000000000", "x", "\\x", "\\x00000000", "0", "0", "0.0000000000", "0", "", "0");
        assertThat(row(target, 2)).containsExactly("2024-02-29", "2024-02-29 23:59:59.123456",
                "2038-01-19 03:14:07.999999+00", "-838:59:59.000001", "2155", "{a,c}", "1000000001", "y",
                "\\x00ff5c0a09", "\\xdeadbeef", "3.4028235e+38", "1.7976931348623157e+308",
                "12345678901234567890.0123456789", "18446744073709551615", "emoji 😀 tab\there\nnewline \\ ü", "1");
        assertThat(row(target, 3)).containsOnlyNulls();
        assertThat(row(target, 4)).containsExactly("-infinity", "1000-01-01 00:00:00", "1970-01-01 00:00:01+00",
                "00:00:00", "1901", "{a,b,c}", "1111111111", "", "\\x5c4e", "\\x01020304", "-1.1754944e-38",
                "-2.2250738585072014e-308", "-0.0000000001", "1", "quote ' and \"double\"", "-128");
        assertSameRows(target);
    }

    @Test
    void theCopyIsTheSnapshotTakenUnderTheLock() {
        DataSource target = newTarget("copy_md_consistent");
        AtomicInteger started = new AtomicInteger();
        CopyListener writer = new CopyListener() {
            @Override
            public void tableStarted(TablePlan table, long estimatedRows, int chunks, int alreadyCopied) {
                if (started.getAndIncrement() == 0) {
                    execute(sourceDb(), "INSERT INTO coded VALUES ('Z', 1, 'after')",
                            "UPDATE kinds SET tx = 'changed after' WHERE id = 11",
                            "ALTER TABLE aside ADD COLUMN late int");
                }
            }
        };
        List<List<String>> before = normal(sourceRows());
        try {
            CopyResult result = copy(UUID.randomUUID(), target, credentials(), writer, 100).run(plans());

            assertThat(normal(targetRows(target))).isEqualTo(before);
            assertThat(query(target, "SELECT count(*) FROM coded WHERE region = 'Z'")).isEqualTo("0");
            assertThat(result.position().binlogPosition()).isPositive();
            assertThat(query(target, "SELECT string_agg(source_table, ',' ORDER BY source_table) FROM "
                    + CopyBookkeeping.COPY_SOURCE_DEFINITION)).as("every table of the database, as at the snapshot")
                    .isEqualTo("aside,coded,kinds");
            assertThat(query(target, "SELECT ddl FROM " + CopyBookkeeping.COPY_SOURCE_DEFINITION
                    + " WHERE source_table = 'aside'")).startsWith("CREATE TABLE `aside`").doesNotContain("late");
        } finally {
            execute(sourceDb(), "DELETE FROM coded WHERE region = 'Z'",
                    "UPDATE kinds SET tx = 'row 11 ✓' WHERE id = 11", "ALTER TABLE aside DROP COLUMN IF EXISTS late");
        }
    }

    @Test
    void aFailedCopyResumesWithTheRemainingChunksOnly() {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_md_resume");
        AtomicInteger chunks = new AtomicInteger();
        CopyListener failing = new CopyListener() {
            @Override
            public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
                if (chunks.incrementAndGet() == 2) {
                    throw new IllegalStateException("listener broke");
                }
            }
        };

        assertThatThrownBy(() -> copy(migration, target, credentials(), failing, 50).run(plans()))
                .isInstanceOf(CopyException.class).hasMessageContaining("listener broke");
        long recorded = Long.parseLong(query(target, "SELECT count(*) FROM dflux_executor.copy_chunk"));
        assertThat(recorded).isGreaterThanOrEqualTo(2);

        CopyResult resumed = copy(migration, target, credentials(), CopyListener.NONE, 50).run(plans());

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.chunksSkipped()).isEqualTo(recorded);
        assertThat(resumed.chunksCopied()).isPositive();
        assertSameRows(target);
    }

    @Test
    void withoutReloadTheCopyRunsOnOneReader() {
        execute(sourceDb(), "CREATE USER IF NOT EXISTS 'noreload'@'%' IDENTIFIED BY 'noreload'",
                "GRANT SELECT, REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'noreload'@'%'");
        DataSource target = newTarget("copy_md_single");
        DatabaseCredentials limited = new DatabaseCredentials("mariadb", mariadb.server().host(),
                mariadb.server().port(), SOURCE_DB, "noreload", "noreload");

        CopyResult result = copy(UUID.randomUUID(), target, limited, CopyListener.NONE, 100).run(plans());

        assertThat(result.readers()).isEqualTo(1);
        assertThat(result.complete()).isTrue();
        assertThat(query(target, "SELECT count(*) FROM " + CopyBookkeeping.COPY_SOURCE_DEFINITION)).isEqualTo("3");
        assertThat(result.position().binlogFile()).isNotBlank();
        assertThat(result.position().gtidSet()).isNotNull();
        assertSameRows(target);
    }

    @Test
    void aMissingSourceTableIsNamed() {
        DataSource target = newTarget("copy_md_missing");
        TablePlan missing = new TablePlan(SOURCE_DB, "missing", "public", "coded", plans().get(1).columns(),
                List.of("region", "num"));

        assertThatThrownBy(() -> copy(UUID.randomUUID(), target, credentials(), CopyListener.NONE, 100)
                .run(List.of(missing)))
                .isInstanceOf(CopyException.class).hasMessageContaining(SOURCE_DB + ".missing")
                .hasMessageContaining("doesn't exist");
    }

    private static InitialCopy copy(UUID migration, DataSource target, DatabaseCredentials source,
            CopyListener listener, long chunkRows) {
        return new InitialCopy(migration, new MariaDbSnapshotSource(source), target,
                CopyOptions.DEFAULTS.withChunkRows(chunkRows), listener);
    }

    private static DatabaseCredentials credentials() {
        MariaDbServer source = mariadb.server();
        return new DatabaseCredentials("mariadb", source.host(), source.port(), SOURCE_DB, source.user(),
                source.password());
    }

    private static DataSource sourceDb() {
        return mariadb.server().dataSource(SOURCE_DB);
    }

    private static List<TablePlan> plans() {
        return List.of(new TablePlan(SOURCE_DB, "kinds", "public", "kinds", List.of(
                        column("id", "int(11)", "integer", ValueRule.AS_IS),
                        column("d", "date", "date", ValueRule.ZERO_DATE_TO_MINUS_INFINITY),
                        column("dt", "datetime(6)", "timestamp(6) without time zone", ValueRule.ZERO_DATE_TO_MINUS_INFINITY),
                        column("ts", "timestamp(6)", "timestamp(6) with time zone", ValueRule.ZERO_DATE_TO_MINUS_INFINITY),
                        column("tm", "time(6)", "interval hour to second(6)", ValueRule.AS_IS),
                        column("y", "year(4)", "smallint", ValueRule.AS_IS),
                        column("s", "set('a','b','c')", "text[]", ValueRule.SET_TO_ARRAY),
                        column("bt", "bit(10)", "bit(10)", ValueRule.BITS_TO_BIT_STRING),
                        column("e", "enum('x','y')", "kinds_e", ValueRule.AS_IS),
                        column("bl", "blob", "bytea", ValueRule.AS_IS),
                        column("bn", "binary(4)", "bytea", ValueRule.AS_IS),
                        column("f", "float", "real", ValueRule.AS_IS),
                        column("dbl", "double", "double precision", ValueRule.AS_IS),
                        column("dec", "decimal(30,10)", "numeric(30,10)", ValueRule.AS_IS),
                        column("u", "bigint(20) unsigned", "numeric(20,0)", ValueRule.AS_IS),
                        column("tx", "text", "text", ValueRule.AS_IS),
                        column("flag", "tinyint(1)", "smallint", ValueRule.AS_IS)), List.of("id")),
                new TablePlan(SOURCE_DB, "coded", "public", "coded", List.of(
                        column("region", "varchar(10)", "varchar(10)", ValueRule.AS_IS),
                        column("num", "int(11)", "integer", ValueRule.AS_IS),
                        column("label", "text", "text", ValueRule.AS_IS)), List.of("region", "num")));
    }

    private static ColumnPlan column(String name, String sourceType, String targetType, ValueRule rule) {
        return new ColumnPlan(name, name, sourceType, targetType, rule, false, null);
    }

    private static DataSource newTarget(String database) {
        postgres.server().createDatabase(database);
        DataSource target = postgres.server().dataSource(database);
        execute(target, TARGET_SCHEMA);
        return target;
    }

    private static List<String> row(DataSource target, int id) {
        String sql = "SET TimeZone = 'UTC'; SET extra_float_digits = 1; SELECT d::text, dt::text, ts::text, tm::text,"
                + " y::text, s::text, bt::text, e::text, bl::text, bn::text, f::text, dbl::text, dec::text, u::text,"
                + " tx, flag::text FROM kinds WHERE id = " + id;
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql.substring(0, sql.indexOf("SELECT")));
            try (ResultSet rows = statement.executeQuery(sql.substring(sql.indexOf("SELECT")))) {
                rows.next();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 16; i++) {
                    values.add(rows.getString(i));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row of both tables on the source, as text the target shows the same way. */
    private static List<List<String>> sourceRows() {
        return rows(sourceDb(), "SELECT id, tx, CAST(`dec` AS CHAR), HEX(bl), CAST(u AS CHAR),"
                + " CAST(e AS CHAR), BIN(bt + 0) FROM kinds ORDER BY id", "SELECT region, num, label FROM coded"
                + " ORDER BY region, num");
    }

    private static List<List<String>> targetRows(DataSource target) {
        return rows(target, "SELECT id, tx, dec::text, upper(encode(bl, 'hex')), u::text, e::text,"
                + " ltrim(bt::text, '0') FROM kinds ORDER BY id", "SELECT region, num, label FROM coded"
                + " ORDER BY region, num");
    }

    private static void assertSameRows(DataSource target) {
        List<List<String>> expected = normal(sourceRows());
        assertThat(normal(targetRows(target))).hasSize(expected.size()).isEqualTo(expected);
    }

    private static List<List<String>> normal(List<List<String>> rows) {
        return rows.stream().map(MariaDbInitialCopyIT::normalBits).toList();
    }

    /** BIN(0) is "0" where ltrim leaves ""; the two mean the same bit string. */
    private static List<String> normalBits(List<String> row) {
        if (row.size() < 7) {
            return row;
        }
        List<String> copy = new ArrayList<>(row);
        copy.set(6, row.get(6) == null ? null : row.get(6).replaceFirst("^0+", ""));
        return copy;
    }

    private static List<List<String>> rows(DataSource database, String... queries) {
        List<List<String>> all = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rows.getString(i));
                        }
                        all.add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", queries), e);
        }
        return all;
    }

    private static String query(DataSource database, String sql) {
        return rows(database, sql).get(0).get(0);
    }

    private static void execute(DataSource database, String... sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", sql), e);
        }
    }
}

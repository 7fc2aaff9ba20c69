package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.copy.MariaDbSnapshotSource;
import ai.dflux.executor.domain.copy.Snapshot;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbChangeStreamIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String SOURCE_DDL = "CREATE TABLE things (id INT PRIMARY KEY,"
            + " d DATE NOT NULL DEFAULT '2000-01-01', dn DATE NULL, dt DATETIME(6) NOT NULL DEFAULT '2000-01-01',"
            + " ts TIMESTAMP(6) NULL DEFAULT NULL, flags SET('a','b','c'), b BIT(5), mood ENUM('sad','ok','happy'),"
            + " doc JSON, data BLOB, name VARCHAR(50), price DECIMAL(12,4), span TIME(6), u BIGINT UNSIGNED)";
    private static final String TARGET_DDL = "CREATE TABLE things (id int PRIMARY KEY, d date NOT NULL, dn date,"
            + " dt timestamp(6) NOT NULL, ts timestamptz(6), flags text[], b bit(5), mood things_mood, doc text,"
            + " data bytea, name varchar(50), price numeric(12,4), span interval, u numeric(20,0))";

    @RegisterExtension
    static final ServerExtension<MariaDbServer> mariaDb = ServerExtension.mariaDb();
    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static int databases;

    private DataSource sourceDb;
    private DataSource targetDb;
    private String sourceName;
    private String targetName;

    private void prepare() {
        int n = ++databases;
        sourceName = "msrc" + n;
        targetName = "mtgt" + n;
        mariaDb.server().createDatabase(sourceName);
        postgres.server().createDatabase(targetName);
        sourceDb = mariaDb.server().dataSource(sourceName);
        targetDb = postgres.server().dataSource(targetName);
        Sql.run(sourceDb, SOURCE_DDL, "CREATE TABLE log (seq BIGINT, note VARCHAR(20))",
                "CREATE TABLE dates (id INT PRIMARY KEY, dn DATE NULL, dtn DATETIME(3) NULL)");
        Sql.run(targetDb, "CREATE TYPE things_mood AS ENUM ('', 'sad', 'ok', 'happy')", TARGET_DDL,
                "CREATE TABLE log (seq bigint, note varchar(20))",
                "CREATE TABLE dates (id int PRIMARY KEY, dn date, dtn timestamp(3))");
    }

    private static DatabaseCredentials credentials(MariaDbServer server, String database) {
        return new DatabaseCredentials("mariadb", server.host(), server.port(), database, server.cdcUser(),
                server.cdcPassword());
    }

    private ChangeStreamSpec spec(SnapshotPosition start) {
        List<TablePlan> plans = List.of(
                Plans.table(sourceName, "public", "things", List.of("id"), "id",
                        "d:date:ZERO_DATE_TO_MINUS_INFINITY", "dn:date:ZERO_DATE_TO_MINUS_INFINITY",
                        "dt:timestamp(6):ZERO_DATE_TO_MINUS_INFINITY", "ts:timestamptz(6):ZERO_DATE_TO_MINUS_INFINITY",
                        "flags:text[]:SET_TO_ARRAY", "b:bit(5):BITS_TO_BIT_STRING", "mood", "doc", "data", "name",
                        "price", "span:interval", "u:numeric(20,0)"),
                Plans.table(sourceName, "public", "log", List.of(), "seq", "note"),
                Plans.table(sourceName, "public", "dates", List.of("id"), "id", "dn:date:ZERO_DATE_TO_MINUS_INFINITY",
                        "dtn:timestamp(3):ZERO_DATE_TO_MINUS_INFINITY"));
        MariaDbServer source = mariaDb.server();
        PostgresServer target = postgres.server();
        return new ChangeStreamSpec("maria-" + databases, credentials(source, sourceName),
                ServerCredentials.of(target, targetName),
                plans, start);
    }

    /** The binlog position and GTID state right now, as the copy records it at its consistent snapshot. */
    private SnapshotPosition binlogPosition() throws SQLException {
        try (Connection connection = sourceDb.getConnection(); Statement statement = connection.createStatement()) {
            String file;
            long position;
            try (ResultSet status = statement.executeQuery("SHOW MASTER STATUS")) {
                status.next();
                file = status.getString("File");
                position = status.getLong("Position");
            }
            try (ResultSet gtid = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
                gtid.next();
                return SnapshotPosition.binlog("mariadb", file, position, gtid.getString(1));
            }
        }
    }

    @Test
    void streamsFromTheCopysPositionWithMySqlValuesRuledForPostgres() throws Exception {
        prepare();
        Sql.run(sourceDb, "INSERT INTO things (id, name) VALUES (1, 'before the position')");
        SnapshotPosition start = binlogPosition();
        Sql.run(sourceDb, "SET SESSION sql_mode = ''", "SET SESSION time_zone = '+00:00'",
                "INSERT INTO things VALUES (2, '0000-00-00', NULL, '0000-00-00 00:00:00', '2024-05-06 07:08:09.5',"
                        + " 'a,c', b'10110', 'happy', '{\"k\": [1, 2.50]}', x'00FF10', 'zwei', 12.34, '-12:34:56.5',"
                        + " 18446744073709551615)",
                "INSERT INTO things VALUES (3, '2024-02-29', '1999-12-31', '2024-05-06 07:08:09.123456', NULL, '',"
                        + " b'00001', 'sad', NULL, '', '', 0, '838:59:59', 0)",
                "INSERT INTO things (id, name) VALUES (4, 'four')",
                "UPDATE things SET name = 'drei', flags = 'b' WHERE id = 3",
                "UPDATE things SET id = 40 WHERE id = 4",
                "UPDATE things SET name = 'vor der Position' WHERE id = 1",
                "INSERT INTO things (id, name) VALUES (5, 'five')",
                "DELETE FROM things WHERE id = 5");
        try (ChangeStream stream = ChangeStream.start(spec(start))) {
            await().atMost(PATIENCE).failFast(() -> !stream.isRunning()).untilAsserted(() -> assertThat(
                    Sql.text(targetDb, "SELECT string_agg(id::text, ',' ORDER BY id) FROM things"))
                    .isEqualTo("1,2,3,40"));
            assertThat(row(2)).isEqualTo("-infinity|null|-infinity|true|{a,c}|10110|happy|{\"k\": [1, 2.50]}|\\x00ff10"
                    + "|zwei|12.3400|-12:34:56.5|18446744073709551615");
            assertThat(row(3)).isEqualTo("2024-02-29|1999-12-31|2024-05-06 07:08:09.123456|null|{b}|00001|sad|null|\\x"
                    + "|drei|0.0000|838:59:59|0");
            assertThat(row(40)).startsWith("2000-01-01|null|2000-01-01 00:00:00|null|null|null|null|null|null|four|");
            assertThat(Sql.text(targetDb, "SELECT name FROM things WHERE id = 1"))
                    .as("the row insert before the position is the copy's, only the later update streams")
                    .isEqualTo("vor der Position");
            assertThat(stream.progress().lastPosition()).startsWith(start.binlogFile() + ":");
        }
    }

    /**
     * The binlog reader gives a nullable DATE's or DATETIME's zero date as null, like NULL itself; the source is asked
     * which is which. Every row's changes are written before the stream starts, so the values read are the final ones,
     * newer than most changes: the target must still end equal to the source.
     */
    @Test
    void aZeroDateInANullableDateColumnStreamsAsMinusInfinityANullStaysNullAndAStopLeavesNoSession()
            throws Exception {
        prepare();
        SnapshotPosition start = binlogPosition();
        Sql.run(sourceDb, "SET SESSION sql_mode = ''",
                "INSERT INTO dates VALUES (10, '0000-00-00', '0000-00-00 00:00:00'), (11, NULL, NULL),"
                        + " (12, '2024-00-10', '2024-05-06 07:08:09.123'), (13, '2024-01-02', '2024-01-02 03:04:05'),"
                        + " (14, '0000-00-00', '0000-00-00'), (15, NULL, NULL), (16, '0000-00-00', NULL)",
                "UPDATE dates SET dn = '0000-00-00', dtn = NULL WHERE id = 13",
                "UPDATE dates SET dn = NULL, dtn = NULL WHERE id = 14",
                "UPDATE dates SET dn = '0000-00-00', dtn = '0000-00-00 00:00:00' WHERE id = 15",
                "DELETE FROM dates WHERE id = 16",
                "UPDATE dates SET id = 17 WHERE id = 10",
                "INSERT INTO dates SELECT 1000 + seq, IF(seq % 3 = 0, NULL, '0000-00-00'), NULL FROM seq_1_to_"
                        + (ZeroDateRecheck.ROWS_PER_READ * 2 + 50));
        try (ChangeStream stream = ChangeStream.start(spec(start))) {
            await().atMost(PATIENCE).failFast(() -> !stream.isRunning()).untilAsserted(() -> assertThat(
                    Sql.text(targetDb, "SELECT string_agg(id::text, ',' ORDER BY id) FROM dates WHERE id < 1000"))
                    .isEqualTo("11,12,13,14,15,17"));
            await().atMost(PATIENCE).until(() -> Sql.number(targetDb, "SELECT count(*) FROM dates WHERE id > 1000")
                    == ZeroDateRecheck.ROWS_PER_READ * 2 + 50);
            assertThat(Sql.number(targetDb, "SELECT count(*) FROM dates WHERE id > 1000 AND ((id - 1000) % 3 = 0) <>"
                    + " (dn IS NULL) OR id > 1000 AND dn IS NOT NULL AND dn <> '-infinity'"))
                    .as("one transaction's rows, read back in several queries, each corrected by its own key")
                    .isZero();
            assertThat(Sql.text(targetDb, "SELECT string_agg(concat_ws('|', id, coalesce(dn::text, 'null'),"
                    + " coalesce(dtn::text, 'null')), ' ' ORDER BY id) FROM dates WHERE id < 1000")).isEqualTo(
                    "11|null|null 12|-infinity|2024-05-06 07:08:09.123 13|-infinity|null 14|null|null"
                            + " 15|-infinity|-infinity 17|-infinity|-infinity");
            StreamProgress progress = stream.progress();
            assertThat(progress.sourceRowsRead()).as("every row written with a null date is looked up")
                    .isGreaterThanOrEqualTo(ZeroDateRecheck.ROWS_PER_READ * 2 + 50);
            assertThat(progress.sourceReads()).as("the large transaction's rows in reads of %d",
                    ZeroDateRecheck.ROWS_PER_READ).isGreaterThanOrEqualTo(3).isLessThan(progress.sourceRowsRead());
            assertThat(streamSessions()).as("the binlog reader, the lag reads' and the zero-date reads' connections")
                    .hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(streamSessions()).as("sessions the stopped stream left on the source, but for the server's binlog"
                + " dump thread").allMatch(session -> session.startsWith("Binlog Dump |"));
        // the server ends a dump thread whose reader has gone when a write to it fails: at the second event sent after
        // the close, or on an idle source the second heartbeat (every 48 s: 0.8 of connect.keep.alive.interval.ms)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Sql.run(sourceDb, "INSERT INTO log VALUES (0, 'after the stop')");
            assertThat(streamSessions()).as("sessions the stopped stream left on the source").isEmpty();
        });
    }

    /** The stream's sessions on the source (it logs in as the change-capture account): command, database, query. */
    private List<String> streamSessions() {
        return Sql.texts(sourceDb, "SELECT concat_ws(' | ', command, coalesce(db, '-'), coalesce(info, '-'))"
                + " FROM information_schema.processlist WHERE user = '" + mariaDb.server().cdcUser() + "'");
    }

    /**
     * A table changed after the copy's snapshot and before the stream's first start: the rows written before the
     * change are read with the structure the copy's snapshot recorded, those after it with the new one.
     */
    @Test
    void aTableChangedBeforeTheFirstStartIsReadWithItsStructureAtTheCopysPosition() throws Exception {
        prepare();
        SnapshotPosition start;
        List<TableDefinition> definitions;
        try (Snapshot snapshot = new MariaDbSnapshotSource(credentials(mariaDb.server(), sourceName))
                .open(spec(binlogPosition()).tables(), 1)) {
            start = snapshot.position();
            definitions = snapshot.definitions();
        }
        assertThat(definitions).extracting(TableDefinition::table).containsExactly("dates", "log", "things");
        writeLog(1, 2);
        Sql.run(sourceDb, "ALTER TABLE log ADD COLUMN extra INT NULL AFTER seq");
        Sql.run(targetDb, "ALTER TABLE log ADD COLUMN extra int");
        Sql.run(sourceDb, "INSERT INTO log VALUES (3, 7, 'after')");
        List<TablePlan> plans = spec(start).tables().stream().map(plan -> !plan.sourceTable().equals("log") ? plan
                : Plans.table(sourceName, "public", "log", List.of(), "seq", "extra", "note")).toList();
        ChangeStreamSpec base = spec(start);
        ChangeStreamSpec spec = new ChangeStreamSpec(base.migrationId(), base.source(), base.target(), plans, start,
                definitions);
        try (ChangeStream stream = ChangeStream.start(spec)) {
            await().atMost(PATIENCE).failFast(() -> !stream.isRunning())
                    .until(() -> Sql.number(targetDb, "SELECT count(*) FROM log") == 7);
        }
        assertThat(Sql.text(targetDb, "SELECT string_agg(concat_ws('|', seq, coalesce(extra::text, 'null'), note),"
                + " ' ' ORDER BY seq, note) FROM log"))
                .isEqualTo("1|null|a 1|null|b 1|null|c 2|null|a 2|null|b 2|null|c 3|7|after");
    }

    @Test
    void aRestartResumesAfterTheCommittedPositionWithoutDuplicates() throws Exception {
        prepare();
        SnapshotPosition start = binlogPosition();
        ChangeStreamSpec spec = spec(start);
        writeLog(1, 50);
        try (ChangeStream first = ChangeStream.start(spec)) {
            await().atMost(PATIENCE).failFast(() -> !first.isRunning())
                    .until(() -> Sql.number(targetDb, "SELECT count(*) FROM log") == 150);
        }
        writeLog(51, 50);
        try (ChangeStream second = ChangeStream.start(spec)) {
            writeLog(101, 50);
            await().atMost(PATIENCE).until(() -> Sql.number(targetDb, "SELECT count(*) FROM log") >= 450);
            await().atMost(PATIENCE).untilAsserted(() -> {
                StreamProgress progress = second.progress();
                assertThat(progress.lagBytes()).isZero();
                assertThat(progress.lagSeconds()).isZero();
            });
        }
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log")).isEqualTo(450);
        assertThat(Sql.number(targetDb, "SELECT count(DISTINCT (seq, note)) FROM log")).isEqualTo(450);
    }

    @Test
    void anApplyThatDiesBeforeItsCommitLeavesNothingAndTheRestartConverges() throws Exception {
        prepare();
        ChangeStreamSpec spec = spec(binlogPosition());
        AtomicBoolean armed = new AtomicBoolean();
        ApplyHook crashWhenArmed = rowChanges -> {
            if (rowChanges > 0 && armed.get()) {
                throw new IllegalStateException("simulated crash before commit");
            }
        };
        writeLog(1, 20);
        ChangeStream crashing = ChangeStream.start(spec, crashWhenArmed);
        await().atMost(PATIENCE).failFast(() -> !crashing.isRunning())
                .until(() -> crashing.progress().appliedEvents() > 0);
        armed.set(true);
        writeLog(21, 20);
        await().atMost(PATIENCE).until(() -> crashing.progress().state() == StreamProgress.State.FAILED);
        crashing.stop();
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log") % 3).as("whole source transactions only").isZero();
        try (ChangeStream restarted = ChangeStream.start(spec)) {
            writeLog(41, 20);
            await().atMost(PATIENCE).failFast(() -> !restarted.isRunning())
                    .until(() -> Sql.number(targetDb, "SELECT count(*) FROM log") >= 180);
        }
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log")).isEqualTo(180);
        assertThat(Sql.number(targetDb, "SELECT count(DISTINCT (seq, note)) FROM log")).isEqualTo(180);
    }

    /** The extremes of MySQL/MariaDB types reach the target columns the Compatibility Agent maps them to exactly. */
    @Test
    void extremeValuesStreamExactly() throws Exception {
        prepare();
        Sql.run(sourceDb, "CREATE TABLE extremes (id INT PRIMARY KEY, fixed BINARY(4), wide BIT(64),"
                + " exact DECIMAL(65,30), huge BIGINT UNSIGNED, big DOUBLE, small FLOAT, yr YEAR, tiny TINYINT(1),"
                + " word VARCHAR(20) CHARACTER SET utf8mb4, padded CHAR(5), neg TIME(6), far DATETIME(6),"
                + " mid MEDIUMINT UNSIGNED)");
        Sql.run(targetDb, "CREATE TABLE extremes (id int PRIMARY KEY, fixed bytea, wide bit(64), exact numeric(65,30),"
                + " huge numeric(20,0), big double precision, small real, yr smallint, tiny smallint, word varchar(20),"
                + " padded char(5), neg interval, far timestamp(6), mid integer)");
        TablePlan plan = Plans.table(sourceName, "public", "extremes", List.of("id"), "id", "fixed:bytea",
                "wide:bit(64):BITS_TO_BIT_STRING", "exact:numeric(65,30)", "huge:numeric(20,0)",
                "big:double precision", "small:real", "yr:smallint", "tiny:smallint", "word:varchar(20)",
                "padded:char(5)", "neg:interval", "far:timestamp(6):ZERO_DATE_TO_MINUS_INFINITY", "mid:integer");
        SnapshotPosition start = binlogPosition();
        Sql.run(sourceDb, "INSERT INTO extremes VALUES (1, x'01000000', b'1' << 63 | 1,"
                        + " '99999999999999999999999999999999999.999999999999999999999999999999', 18446744073709551615,"
                        + " 1.7976931348623157e308, 3.40282e38, 2155, 2, 'a😀ü', 'ab', '-838:59:59.000000',"
                        + " '9999-12-31 23:59:59.999999', 16777215),"
                        + " (2, x'00000000', b'0', '-0.000000000000000000000000000001', 0, -2.2250738585072014e-308,"
                        + " 1.17549e-38, 0, -128, '', '', '00:00:00.000001', '1000-01-01 00:00:00', 0)",
                "UPDATE extremes SET fixed = x'0100', yr = 1901 WHERE id = 2");
        ChangeStreamSpec spec = new ChangeStreamSpec("maria-" + databases, credentials(mariaDb.server(), sourceName),
                ServerCredentials.of(postgres.server(), targetName), List.of(plan), start);
        try (ChangeStream stream = ChangeStream.start(spec)) {
            await().atMost(PATIENCE).failFast(() -> !stream.isRunning()).untilAsserted(() -> assertThat(
                    Sql.text(targetDb, "SELECT string_agg(yr::text, ',' ORDER BY id) FROM extremes"))
                    .isEqualTo("2155,1901"));
        }
        String columns = "concat_ws('|', fixed::text, wide::text, exact::text, huge::text, big::text, small::text,"
                + " yr::text, tiny::text, word, '[' || padded::text || ']', neg::text, far::text, mid::text)";
        assertThat(Sql.text(targetDb, "SELECT " + columns + " FROM extremes WHERE id = 1")).isEqualTo(
                "\\x01000000|1000000000000000000000000000000000000000000000000000000000000001"
                        + "|99999999999999999999999999999999999.999999999999999999999999999999|18446744073709551615"
                        + "|1.7976931348623157e+308|3.40282e+38|2155|2|a😀ü|[ab]|-838:59:59|9999-12-31 23:59:59.999999"
                        + "|16777215");
        assertThat(Sql.text(targetDb, "SELECT " + columns + " FROM extremes WHERE id = 2")).isEqualTo(
                "\\x01000000|0000000000000000000000000000000000000000000000000000000000000000"
                        + "|-0.000000000000000000000000000001|0|-2.2250738585072014e-308|1.17549e-38|1901|-128||[]"
                        + "|00:00:00.000001|1000-01-01 00:00:00|0");
    }

    private void writeLog(int from, int count) {
        for (int n = from; n < from + count; n++) {
            Sql.run(sourceDb, "START TRANSACTION",
                    "INSERT INTO log VALUES (" + n + ", 'a'), (" + n + ", 'b'), (" + n + ", 'c')", "COMMIT");
        }
    }

    private String row(int id) {
        return Sql.text(targetDb, "SELECT concat_ws('|', d::text, coalesce(dn::text, 'null'), dt::text,"
                + " coalesce((ts = '2024-05-06 07:08:09.5+00')::text, 'null'), coalesce(flags::text, 'null'),"
                + " coalesce(b::text, 'null'), coalesce(mood::text, 'null'), coalesce(doc, 'null'),"
                + " coalesce(data::text, 'null'), name, coalesce(price::text, 'null'), coalesce(span::text, 'null'),"
                + " coalesce(u::text, 'null')) FROM things WHERE id = " + id);
    }
}

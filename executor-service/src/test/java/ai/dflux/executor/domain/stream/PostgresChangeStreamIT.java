package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import io.debezium.embedded.EmbeddedWorkerConfig;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresChangeStreamIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String TYPES_DDL = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')";
    private static final String ITEMS_DDL = "CREATE TABLE items (id int PRIMARY KEY, name text, price numeric(14,4),"
            + " at timestamptz, local_at timestamp(6), day date, clock time(6), data bytea, doc jsonb, tags text[],"
            + " nums int[], uid uuid, feeling mood, big text, span interval, flag boolean, bits bit(4),"
            + " ratio double precision)";
    private static final String LOG_DDL = "CREATE TABLE log (seq bigint, note text)";
    private static final String SCRATCH_DDL = "CREATE TABLE scratch (id int PRIMARY KEY, v text)";
    private static final String SEATS_DDL = "CREATE TABLE seats (id int PRIMARY KEY, holder text UNIQUE, n int)";
    private static final String NOTES_DDL = "CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, views int)";
    private static final String JOURNAL_DDL = "CREATE TABLE journal (seq bigint, entry text)";
    private static final String DOMAIN_DDL = "CREATE DOMAIN doc_json AS json";
    private static final String COMPOSITES_DDL = "CREATE TYPE labelled_doc AS (label text, body json)";
    private static final String PAIR_DDL = "CREATE TYPE pair AS (k int, v text)";
    private static final String REMARKS_DDL = "CREATE TABLE remarks (at int, doc json, note xml, meta doc_json,"
            + " docs json[], spot point, labelled labelled_doc, kv pair)";
    /** 16,000 characters that do not compress: kept out of line (TOASTed) where the column's storage is external. */
    private static final String LONG_TEXT = "(SELECT string_agg(md5(g::text), '') FROM generate_series(1, 500) g)";

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static int databases;

    private DataSource sourceDb;
    private DataSource targetDb;
    private ChangeStreamSpec spec;

    /** A fresh source with its tables, publication and slot, and a target with the same tables. */
    private void prepare() {
        int n = ++databases;
        String source = "src" + n;
        String target = "tgt" + n;
        PostgresServer server = postgres.server();
        server.createDatabase(source);
        server.createDatabase(target);
        sourceDb = server.dataSource(source);
        targetDb = server.dataSource(target);
        for (DataSource db : List.of(sourceDb, targetDb)) {
            Sql.run(db, TYPES_DDL, ITEMS_DDL, LOG_DDL, SCRATCH_DDL, SEATS_DDL, NOTES_DDL, JOURNAL_DDL, DOMAIN_DDL,
                    COMPOSITES_DDL, PAIR_DDL, REMARKS_DDL);
        }
        Sql.run(sourceDb, "ALTER TABLE items ALTER COLUMN big SET STORAGE EXTERNAL",
                "ALTER TABLE notes ALTER COLUMN body SET STORAGE EXTERNAL",
                "ALTER TABLE journal ALTER COLUMN entry SET STORAGE EXTERNAL", "ALTER TABLE journal REPLICA IDENTITY FULL",
                "ALTER TABLE remarks REPLICA IDENTITY FULL",
                "INSERT INTO items (id, name) VALUES (1000, 'copied before the slot')",
                "CREATE PUBLICATION dflux_pub FOR TABLE items, log, scratch, seats, notes, journal, remarks");
        String lsn = Sql.text(sourceDb, "SELECT lsn FROM pg_create_logical_replication_slot('dflux_slot_" + n
                + "', 'pgoutput')");
        List<TablePlan> plans = List.of(
                Plans.table("public", "public", "items", List.of("id"), "id", "name", "price", "at", "local_at", "day",
                        "clock", "data", "doc", "tags", "nums", "uid", "feeling", "big", "span", "flag",
                        "bits:bit(4)", "ratio"),
                Plans.table("public", "public", "log", List.of(), "seq", "note"),
                Plans.table("public", "public", "scratch", List.of("id"), "id", "v"),
                Plans.table("public", "public", "seats", List.of("id"), "id", "holder", "n"),
                Plans.table("public", "public", "notes", List.of("id"), "id", "body", "views"),
                Plans.table("public", "public", "journal", List.of(), "seq", "entry"),
                Plans.table("public", "public", "remarks", List.of(), "at", "doc:json", "note:xml",
                        "meta:doc_json", "docs:json[]", "spot:point", "labelled:labelled_doc", "kv:pair"));
        spec = new ChangeStreamSpec("pg-" + n, credentials(source), credentials(target), plans,
                SnapshotPosition.postgres("dflux_slot_" + n, "dflux_pub", lsn));
    }

    private static DatabaseCredentials credentials(String database) {
        return ServerCredentials.of(postgres.server(), database);
    }

    @Test
    void appliesEveryKindOfChangeWithItsExactValues() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb,
                    "INSERT INTO items VALUES (1, 'one', 12345.6789, '2024-02-29 23:59:59.123456+05:30',"
                            + " '1999-12-31 23:59:59.999999', '0044-03-15 BC', '13:14:15.161718', '\\x00ff10'::bytea,"
                            + " '{\"a\": [1, 2.50, null], \"b\": \"x\"}', ARRAY['x', NULL, 'quote\"d', 'com,ma', ''],"
                            + " '{1,-2,3}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'happy', repeat(md5('x'), 400),"
                            + " '1 year 2 mons 3 days 04:05:06.789', true, B'1011', 1.5e300)",
                    "INSERT INTO items (id, name, big) VALUES (2, '', NULL), (3, NULL, ''), (4, 'four', 'short')",
                    "UPDATE items SET name = 'uno' WHERE id = 1",
                    "UPDATE items SET id = 40 WHERE id = 4",
                    "DELETE FROM items WHERE id = 3",
                    "INSERT INTO scratch VALUES (1, 'gone'), (2, 'gone too')",
                    "TRUNCATE scratch",
                    "INSERT INTO scratch VALUES (3, 'after truncate')",
                    "INSERT INTO log VALUES (1, 'a'), (1, 'a'), (2, NULL)");
            awaitSame("items", "log", "scratch");
            assertThat(Sql.text(targetDb, "SELECT big FROM items WHERE id = 1"))
                    .isEqualTo(Sql.text(sourceDb, "SELECT big FROM items WHERE id = 1")).hasSize(12_800);
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM items WHERE id = 1000")).isEqualTo("0");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
            assertThat(stream.progress().appliedEvents()).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void anUntouchedToastedValueIsNeverOverwrittenByThePlaceholder() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO items (id, name, big, tags, data) VALUES (7, 'seven',"
                    + " (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 500) g),"
                    + " (SELECT array_agg(md5(g::text)) FROM generate_series(1, 500) g),"
                    + " (SELECT string_agg(md5(g::text), '')::bytea FROM generate_series(1, 500) g))");
            awaitSame("items");
            Sql.run(sourceDb, "UPDATE items SET name = 'seven again' WHERE id = 7");
            awaitSame("items");
            assertThat(Sql.text(targetDb, "SELECT length(big) FROM items WHERE id = 7")).isEqualTo("16000");
            assertThat(stream.progress().sourceReads()).as("an update that keeps its key reads nothing back").isZero();

            assertThat(moveItem(7, 70, ", name = 'moved'"))
                    .as("a key update keeps the TOAST values it did not touch").isEqualTo("16000");
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM items WHERE id = 7")).isEqualTo("0");
            assertThat(stream.progress()).as("a moved row's untouched values are read back, by its key")
                    .extracting(StreamProgress::sourceReads, StreamProgress::sourceRowsRead).containsExactly(1L, 1L);

            // as after a copy resumed from a later snapshot: the target never held the row under its old key
            Sql.run(targetDb, "DELETE FROM items WHERE id = 70");
            assertThat(moveItem(70, 700, ""))
                    .as("the untouched TOAST values of a moved row the target lacked come from the source")
                    .isEqualTo("16000");
            assertThat(stream.progress().sourceReads()).isEqualTo(2);

            // as after a copy resumed from a later snapshot in which the source had reused the old key: the target
            // holds another row there, without the moving row's values
            Sql.run(targetDb, "UPDATE items SET big = NULL, tags = NULL, data = NULL WHERE id = 700");
            assertThat(moveItem(700, 7000, ""))
                    .as("a row the target holds under the old key may not be the moving one: the source is asked")
                    .isEqualTo("16000");
            assertThat(stream.progress().sourceReads()).isEqualTo(3);

            // the same, where the other row under the old key has values of its own
            Sql.run(targetDb, "UPDATE items SET big = 'another row', tags = '{another}', data = 'another'"
                    + " WHERE id = 7000");
            assertThat(moveItem(7000, 70000, ""))
                    .as("another row's values under the old key are not the moving row's").isEqualTo("16000");
            assertThat(stream.progress().sourceReads()).isEqualTo(4);
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM items WHERE big LIKE '%debezium_unavailable%'"
                    + " OR array_to_string(tags, ',') LIKE '%debezium_unavailable%'")).isEqualTo("0");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Sql.texts(sourceDb, STREAM_SESSIONS))
                .as("sessions the stopped stream left on the source, the moved rows' reads included").isEmpty());
    }

    /**
     * An insert without a TOASTed value cannot be whole, and a {@code NOT NULL} column refuses it even where the row is
     * there ({@code INSERT ... ON CONFLICT} checks the new row first): an update that left such a value untouched
     * updates the row the target holds, and only where the target lacks it (while a stream replays changes over a copy
     * resumed from a later snapshot) is the row read from the source, whole, or left out where the source lacks it too.
     */
    @Test
    void anUntouchedToastedValueOfANotNullColumnStreamsAndARowTheTargetLacksComesWholeFromTheSource() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO notes VALUES (1, " + LONG_TEXT + ", 0), (2, " + LONG_TEXT + ", 0)");
            awaitSame("notes");
            Sql.run(sourceDb, "UPDATE notes SET views = 1 WHERE id = 1");
            awaitSame("notes");
            assertThat(stream.progress().sourceReads()).as("the target holds the row: nothing is read back").isZero();

            Sql.run(sourceDb, "UPDATE notes SET id = 10, views = 2 WHERE id = 1");
            awaitSame("notes");
            assertThat(stream.progress().sourceReads()).as("a moved row's untouched value is read back").isEqualTo(1);

            Sql.run(targetDb, "DELETE FROM notes WHERE id = 10");
            Sql.run(sourceDb, "UPDATE notes SET views = 3 WHERE id = 10");
            awaitSame("notes");
            assertThat(Sql.text(targetDb, "SELECT length(body) || ':' || views FROM notes WHERE id = 10"))
                    .as("the row the target lacked, written whole from the source").isEqualTo("16000:3");
            assertThat(stream.progress().sourceReads()).isEqualTo(2);

            // rows the source no longer has either: an update, then a move, each undone by a delete in its transaction
            Sql.run(targetDb, "DELETE FROM notes WHERE id = 10");
            Sql.run(sourceDb, "BEGIN", "UPDATE notes SET views = 4 WHERE id = 10", "DELETE FROM notes WHERE id = 10",
                    "COMMIT");
            Sql.run(sourceDb, "BEGIN", "UPDATE notes SET id = 20 WHERE id = 2", "DELETE FROM notes WHERE id = 20",
                    "COMMIT");
            awaitSame("notes");
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM notes")).isEqualTo("0");
            assertThat(stream.progress().sourceReads()).as("each looked for on the source, found nowhere")
                    .isEqualTo(4);
        }
    }

    /**
     * A table without a key streams its updates with {@code REPLICA IDENTITY FULL}; Debezium then gives an untouched
     * TOASTed value from the old row, which the whole-row delete needs too.
     */
    @Test
    void aTableWithoutAKeyKeepsAnUntouchedToastedValue() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO journal VALUES (1, " + LONG_TEXT + "), (1, 'short')");
            awaitSame("journal");
            Sql.run(sourceDb, "UPDATE journal SET seq = 2 WHERE length(entry) > 100");
            awaitSame("journal");
            assertThat(Sql.text(targetDb, "SELECT length(entry) FROM journal WHERE seq = 2")).isEqualTo("16000");
            assertThat(stream.progress().sourceReads()).isZero();
        }
    }

    /**
     * Writes of one row within a unit merge into the last one where only the primary key is unique; where another
     * unique column passes between rows, each write keeps its place, else the second row would take the value before
     * the first gave it up.
     */
    @Test
    void aRowWrittenManyTimesInOneTransactionEndsAsTheSourceAndUniqueValuesPassBetweenRowsInOrder() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO seats VALUES (1, 'X', 0), (2, 'Z', 0)",
                    "INSERT INTO scratch VALUES (1, 'a'), (2, 'b')");
            awaitSame("seats", "scratch");
            Sql.run(sourceDb, """
                    DO $$
                    BEGIN
                        UPDATE scratch SET v = 'a1' WHERE id = 1;
                        UPDATE scratch SET v = 'b1' WHERE id = 2;
                        UPDATE scratch SET v = NULL WHERE id = 1;
                        INSERT INTO scratch VALUES (3, 'c');
                        UPDATE scratch SET v = 'c1' WHERE id = 3;
                        UPDATE scratch SET v = 'a2' WHERE id = 1;
                        DELETE FROM scratch WHERE id = 2;
                        INSERT INTO scratch VALUES (2, 'b2');
                        UPDATE scratch SET v = 'b3' WHERE id = 2;
                        UPDATE seats SET holder = 'Y' WHERE id = 1;
                        UPDATE seats SET holder = 'X' WHERE id = 2;
                        UPDATE seats SET n = 1 WHERE id = 1;
                    END $$""");
            awaitSame("seats", "scratch");
            assertThat(Sql.text(targetDb, "SELECT string_agg(id || '=' || v, ',' ORDER BY id) FROM scratch"))
                    .isEqualTo("1=a2,2=b3,3=c1");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }

    @Test
    void aRestartAppliesEveryChangeExactlyOnce() {
        prepare();
        AtomicInteger written = new AtomicInteger();
        ChangeStream first = ChangeStream.start(spec);
        writeTransactions(written, 60);
        await().atMost(PATIENCE).until(() -> first.progress().appliedEvents() > 0);
        first.stop();
        assertThat(first.progress().state()).isEqualTo(StreamProgress.State.STOPPED);
        writeTransactions(written, 60);
        try (ChangeStream second = ChangeStream.start(spec)) {
            writeTransactions(written, 60);
            awaitSame("log", "scratch");
        }
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log")).isEqualTo(3L * 180);
    }

    /**
     * json, xml and point have no equality operator, nor has a domain over json or an array of json: a row of a table
     * without a key is found by their text.
     */
    @Test
    void aTableWithoutAKeyFindsTheRowToChangeByTheTextOfColumnsWithoutEquality() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO remarks VALUES (1, '{\"b\": 1,  \"a\": [true]}', '<r>one</r>', '{\"m\": 1}',"
                    + " ARRAY['{\"x\": 1}']::json[], '(1,2)', ROW('one', '{\"n\":  1}'), ROW(1, 'a,b')),"
                    + " (1, '{\"b\": 2}', '<r>two</r>', '{\"m\":  2}', ARRAY['{\"y\": 2}', NULL]::json[], '(3,4)',"
                    + " ROW('two', NULL), ROW(2, NULL)),"
                    + " (1, '{\"b\": 2}', '<r>two</r>', '{\"m\":  2}', ARRAY['{\"y\": 2}', NULL]::json[], '(3,4)',"
                    + " ROW('two', NULL), ROW(2, NULL)),"
                    + " (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
            awaitSame("remarks");
            Sql.run(sourceDb, "UPDATE remarks SET at = 10 WHERE ctid = (SELECT min(ctid) FROM remarks"
                            + " WHERE doc::text = '{\"b\": 2}')",
                    "DELETE FROM remarks WHERE doc::text LIKE '%true%'",
                    "UPDATE remarks SET at = 20 WHERE doc IS NULL");
            awaitSame("remarks");
            assertThat(Sql.text(targetDb, "SELECT string_agg(at::text, ',' ORDER BY at) FROM remarks"))
                    .isEqualTo("1,10,20");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }

    @Test
    void anApplyThatFindsItsPositionMovedByAnotherReplicaCommitsNothingAndTheStreamStops() {
        prepare();
        String position = "SELECT encode(offset_value, 'escape') FROM dflux_executor.stream_offset"
                + " WHERE migration_id = '" + spec.migrationId() + "'";
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO scratch VALUES (1, 'applied here')");
            awaitSame("scratch");
            // as a replica that took the lease over commits an apply of its own: the same position, other bytes
            Sql.run(targetDb, "UPDATE dflux_executor.stream_offset SET offset_value = offset_value || ' '::bytea"
                    + " WHERE migration_id = '" + spec.migrationId() + "'");
            String theirs = Sql.text(targetDb, position);
            Sql.run(sourceDb, "INSERT INTO scratch VALUES (2, 'after the takeover')");

            await().atMost(PATIENCE).until(() -> stream.progress().state() == StreamProgress.State.FAILED);
            assertThat(stream.progress().failure()).contains("another executor replica has applied changes since");
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM scratch WHERE id = 2")).isEqualTo("0");
            assertThat(Sql.text(targetDb, position)).as("the other replica's position stays").isEqualTo(theirs);
        }
        try (ChangeStream resumed = ChangeStream.start(spec)) {
            awaitSame("scratch");
        }
    }

    @Test
    void anApplyThatDiesBeforeItsCommitLeavesNothingAndTheRestartConverges() {
        prepare();
        AtomicBoolean armed = new AtomicBoolean();
        ApplyHook crashWhenArmed = rowChanges -> {
            if (rowChanges > 0 && armed.get()) {
                throw new IllegalStateException("simulated crash before commit");
            }
        };
        AtomicInteger written = new AtomicInteger();
        writeTransactions(written, 40);
        ChangeStream crashing = ChangeStream.start(spec, crashWhenArmed);
        await().atMost(PATIENCE).until(() -> crashing.progress().appliedEvents() > 0);
        armed.set(true);
        writeTransactions(written, 40);
        await().atMost(PATIENCE).until(() -> crashing.progress().state() == StreamProgress.State.FAILED);
        assertThat(crashing.progress().failure()).contains("simulated crash before commit");
        crashing.stop();
        long committed = Sql.number(targetDb, "SELECT count(*) FROM log");
        assertThat(committed % 3).as("whole source transactions only").isZero();
        try (ChangeStream restarted = ChangeStream.start(spec)) {
            writeTransactions(written, 20);
            awaitSame("log", "scratch");
        }
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log")).isEqualTo(3L * 100);
    }

    @Test
    void closingTheStreamWhileItAppliesResumesWithoutLossOrDuplicates() {
        prepare();
        ChangeStream first = ChangeStream.start(spec);
        String[] transactions = new String[40];
        for (int i = 0; i < transactions.length; i++) {
            transactions[i] = "INSERT INTO log SELECT g, 'tx" + i + "' FROM generate_series(1, 1000) g";
        }
        Sql.run(sourceDb, "INSERT INTO log SELECT g, 'one big transaction' FROM generate_series(1, 20000) g");
        Sql.run(sourceDb, transactions);
        await().atMost(PATIENCE).until(() -> first.progress().appliedEvents() >= 1000);
        first.stop();
        long atStop = Sql.number(targetDb, "SELECT count(*) FROM log");
        assertThat(atStop % 1000).as("whole source transactions only").isZero();
        Sql.run(sourceDb, "INSERT INTO log SELECT g, 'after the restart' FROM generate_series(1, 100) g");
        try (ChangeStream second = ChangeStream.start(spec)) {
            awaitSame("log");
        }
        assertThat(Sql.number(targetDb, "SELECT count(*) FROM log")).isEqualTo(60_100);
    }

    @Test
    void theOffsetStoreReturnsThePositionCommittedWithTheRows() throws Exception {
        prepare();
        String position;
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO scratch VALUES (1, 'x')");
            awaitSame("scratch");
            stream.stop();
            position = stream.progress().lastPosition();
        }
        Properties properties = new PostgresConnectorSettings().properties(spec, false);
        Map<String, String> config = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> config.put(key, properties.getProperty(key)));
        TargetOffsetStore store = new TargetOffsetStore();
        store.configure(new EmbeddedWorkerConfig(config));
        store.start();
        try {
            OffsetCodec codec = new OffsetCodec(spec.engineName());
            ByteBuffer key = ByteBuffer.wrap(codec.key(Map.of("server", spec.engineName())));
            ByteBuffer value = store.get(List.of(key)).get().get(key);
            assertThat(value).isNotNull();
            byte[] bytes = new byte[value.remaining()];
            value.duplicate().get(bytes);
            long lsn = OffsetCodec.tree(bytes).get("lsn").asLong();
            assertThat(PostgresPositions.lsnText(lsn)).isEqualTo(position);
        } finally {
            store.stop();
        }
    }

    @Test
    void anIdleSourceShowsNoLagItsSlotKeepsMovingAndAStopLeavesNoSession() {
        prepare();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(sourceDb, "INSERT INTO scratch VALUES (1, 'x')");
            awaitSame("scratch");
            String flushed = slotFlushed();
            await().atMost(PATIENCE).untilAsserted(() -> {
                StreamProgress progress = stream.progress();
                assertThat(progress.lagSeconds()).as("caught up: the heartbeats' own delay").isBetween(0.0, 0.999);
                assertThat(progress.lagBytes()).isBetween(0L, 64L * 1024);
            });
            await().atMost(PATIENCE).until(() -> Sql.number(sourceDb, "SELECT pg_wal_lsn_diff(confirmed_flush_lsn, '"
                    + flushed + "')::bigint FROM pg_replication_slots WHERE slot_name = '" + spec.start().slotName()
                    + "'") > 0);
            assertThat(Sql.texts(sourceDb, STREAM_SESSIONS)).as("the walsender and the lag reads' connection")
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Sql.texts(sourceDb, STREAM_SESSIONS))
                .as("sessions the stopped stream left on the source").isEmpty());
        assertThat(Sql.number(sourceDb, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '"
                + spec.start().slotName() + "'")).as("the slot stays for the orchestrator to drop").isEqualTo(1);
    }

    /** The source database's client sessions and walsenders, but for the one asking: kind, application, query. */
    private static final String STREAM_SESSIONS = "SELECT concat_ws(' | ', backend_type, application_name, query)"
            + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            + " AND backend_type IN ('client backend', 'walsender')";

    private String slotFlushed() {
        return Sql.text(sourceDb, "SELECT confirmed_flush_lsn FROM pg_replication_slots WHERE slot_name = '"
                + spec.start().slotName() + "'");
    }

    /** Each transaction appends three log rows and touches scratch, so a half-applied one shows. */
    private void writeTransactions(AtomicInteger written, int count) {
        for (int i = 0; i < count; i++) {
            int n = written.incrementAndGet();
            Sql.run(sourceDb, "BEGIN",
                    "INSERT INTO log VALUES (" + n + ", 'a'), (" + n + ", 'b'), (" + n + ", 'c')",
                    "INSERT INTO scratch VALUES (" + (n % 7) + ", 'v" + n + "') ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v",
                    "DELETE FROM scratch WHERE id = " + ((n + 3) % 7),
                    "COMMIT");
        }
    }

    /**
     * Moves source item {@code from} to the key {@code to} (with {@code otherChanges} to the row, if any), waits until
     * the target equals the source, and returns the length of the moved row's {@code big} on the target.
     */
    private String moveItem(int from, int to, String otherChanges) {
        Sql.run(sourceDb, "UPDATE items SET id = " + to + otherChanges + " WHERE id = " + from);
        awaitSame("items");
        return Sql.text(targetDb, "SELECT length(big) FROM items WHERE id = " + to);
    }

    private void awaitSame(String... tables) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String table : tables) {
                // the row the copy would have carried is not on this target, which has no copy
                String rows = table.equals("items") ? "(SELECT * FROM items WHERE id <> 1000)" : table;
                assertThat(TableChecksum.of(targetDb, rows)).as(table).isEqualTo(TableChecksum.of(sourceDb, rows));
            }
        });
    }
}

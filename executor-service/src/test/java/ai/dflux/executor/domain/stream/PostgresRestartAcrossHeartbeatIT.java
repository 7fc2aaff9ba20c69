package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Restarts from a position the stream committed between source transactions: the changes the source wrote around that
 * position (in a transaction open across it, or in the first transaction after it) must all arrive, and a restart on an
 * idle source must move on with heartbeats alone.
 */
class PostgresRestartAcrossHeartbeatIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    @Test
    void aTransactionOpenAcrossACommittedHeartbeatLosesNoChangeOnRestart() throws Exception {
        ScratchStream scratch = ScratchStream.create("h");

        ChangeStream first = ChangeStream.start(scratch.spec());
        Sql.run(scratch.source(), "INSERT INTO scratch VALUES (0, 'before')");
        await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(scratch.target(), "SELECT count(*) FROM scratch")));
        try (Connection open = scratch.source().getConnection(); Statement statement = open.createStatement()) {
            open.setAutoCommit(false);
            statement.execute("INSERT INTO scratch VALUES (1, 'written before the heartbeat')");
            awaitNextHeartbeatCommitted(scratch.target(), scratch.spec().migrationId());
            first.stop();
            statement.execute("INSERT INTO scratch VALUES (2, 'written after it')");
            open.commit();
        }
        try (ChangeStream second = ChangeStream.start(scratch.spec())) {
            await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(scratch.target(),
                    "SELECT count(*) FROM scratch WHERE id = 2")));
            assertThat(Sql.text(scratch.target(), "SELECT v FROM scratch WHERE id = 1"))
                    .as("the change from before the committed heartbeat").isEqualTo("written before the heartbeat");
        }
    }

    /**
     * What ReplicationIT's drift test does at its start, reduced: after an idle spell of heartbeats, a transaction that
     * began before an {@code ADD COLUMN} writes the changed table once the ALTER commits; the stream refuses that
     * change, and restarts with the plan that has the column. Nothing of the transaction may be lost.
     */
    @Test
    void aTransactionThatWaitedForAnAddedColumnArrivesWholeAfterTheRestartWithTheNewPlan() throws Exception {
        PostgresServer server = postgres.server();
        server.createDatabase("dsrc");
        server.createDatabase("dtgt");
        DataSource sourceDb = server.dataSource("dsrc");
        DataSource targetDb = server.dataSource("dtgt");
        Sql.run(sourceDb, "CREATE TABLE accounts (id int PRIMARY KEY, v text)", "CREATE TABLE notes (id int PRIMARY KEY)",
                "INSERT INTO accounts SELECT g, 'row ' || g FROM generate_series(1, 20) g",
                "CREATE PUBLICATION d_pub FOR TABLE accounts, notes");
        Sql.run(targetDb, "CREATE TABLE accounts (id int PRIMARY KEY, v text)", "CREATE TABLE notes (id int PRIMARY KEY)",
                "INSERT INTO accounts SELECT g, 'row ' || g FROM generate_series(1, 20) g");
        SnapshotPosition start = slot(sourceDb, "d_slot", "d_pub");
        ChangeStreamSpec before = new ChangeStreamSpec("hb-2", credentials("dsrc"), credentials("dtgt"),
                List.of(Plans.table("public", "public", "accounts", List.of("id"), "id", "v"),
                        Plans.table("public", "public", "notes", List.of("id"), "id")), start);
        ChangeStreamSpec after = new ChangeStreamSpec("hb-2", credentials("dsrc"), credentials("dtgt"),
                List.of(Plans.table("public", "public", "accounts", List.of("id"), "id", "v", "tier"),
                        Plans.table("public", "public", "notes", List.of("id"), "id")), start);

        ChangeStream first = ChangeStream.start(before);
        Sql.run(sourceDb, "UPDATE accounts SET v = 'seen' WHERE id = 1");
        await().atMost(PATIENCE).until(() -> "seen".equals(Sql.text(targetDb, "SELECT v FROM accounts WHERE id = 1")));
        awaitNextHeartbeatCommitted(targetDb, "hb-2");
        try (Connection waiting = sourceDb.getConnection(); Statement writes = waiting.createStatement();
                Connection ddl = sourceDb.getConnection(); Statement alter = ddl.createStatement()) {
            waiting.setAutoCommit(false);
            ddl.setAutoCommit(false);
            writes.execute("INSERT INTO notes VALUES (1)");
            alter.execute("ALTER TABLE accounts ADD COLUMN tier text DEFAULT 'basic'");
            CompletableFuture<Void> blocked = CompletableFuture.runAsync(
                    () -> {
                        try {
                            writes.execute("INSERT INTO accounts (id, v) VALUES (1000, 'waited for the alter')");
                            writes.execute("UPDATE accounts SET id = 1001 WHERE id = 2");
                            waiting.commit();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            await().pollDelay(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> "1".equals(Sql.text(sourceDb,
                    "SELECT count(*) FROM pg_locks WHERE NOT granted")));
            ddl.commit();
            blocked.get();
        }
        Sql.run(sourceDb, "INSERT INTO accounts (id, v, tier) VALUES (1002, 'after', 'gold')");
        await().atMost(PATIENCE).until(() -> first.progress().state() == StreamProgress.State.WAITING_FOR_SCHEMA);
        first.stop();
        Sql.run(targetDb, "ALTER TABLE accounts ADD COLUMN tier text DEFAULT 'basic'");
        try (ChangeStream second = ChangeStream.start(after)) {
            await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(targetDb,
                    "SELECT count(*) FROM accounts WHERE id = 1002")));
            assertThat(Sql.text(targetDb, "SELECT v || '/' || tier FROM accounts WHERE id = 1000"))
                    .as("the insert that waited for the ALTER").isEqualTo("waited for the alter/basic");
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM accounts WHERE id IN (2, 1001)"))
                    .as("the key moved by that transaction").isEqualTo("1");
            assertThat(Sql.text(targetDb, "SELECT count(*) FROM notes")).isEqualTo("1");
        }
    }

    /**
     * Another application's logical message written outside any transaction carries the LSN where its WAL record ends,
     * which is where the next record begins. When that next record is the first change of a transaction that is the
     * first to commit after the message, and the stream stops after committing the message's position, the restart
     * must still replay the transaction from its first change.
     */
    @Test
    void aTransactionStartingWhereAnotherApplicationsMessageEndsArrivesWholeAfterARestart() throws Exception {
        ScratchStream scratch = ScratchStream.create("m");

        int written = 0;
        boolean stoppedAtTheMessage = false;
        try (Connection open = scratch.source().getConnection(); Statement transaction = open.createStatement();
                Connection other = scratch.source().getConnection(); Statement application = other.createStatement()) {
            open.setAutoCommit(false);
            for (int attempt = 1; attempt <= 10 && !stoppedAtTheMessage; attempt++) {
                try (ChangeStream stream = ChangeStream.start(scratch.spec())) {
                    // right after a heartbeat the next one is most of a heartbeat interval away
                    awaitNextHeartbeatCommitted(scratch.target(), scratch.spec().migrationId());
                    long message = lsn(application, "SELECT pg_logical_emit_message(false, 'another_app', 'hello')");
                    boolean adjacent = message == lsn(transaction, "SELECT pg_current_wal_insert_lsn()");
                    transaction.execute("INSERT INTO scratch VALUES (" + (++written) + ", 'change " + written + "')");
                    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                            .until(() -> committedLsn(scratch.target(), scratch.spec().migrationId()) >= message);
                    stream.stop();
                    // no heartbeat committed since, so the transaction is the first to commit after the message
                    boolean nothingSince = "0".equals(Sql.text(scratch.source(), "SELECT count(*) FROM"
                            + " pg_logical_slot_peek_binary_changes('m_slot', NULL, NULL, 'proto_version', '1',"
                            + " 'publication_names', 'm_pub', 'messages', 'true') WHERE lsn > '"
                            + PostgresPositions.lsnText(message) + "'"));
                    stoppedAtTheMessage = adjacent && nothingSince
                            && committedLsn(scratch.target(), scratch.spec().migrationId()) == message;
                }
            }
            transaction.execute("INSERT INTO scratch VALUES (" + (++written) + ", 'last change')");
            open.commit();
        }
        assertThat(stoppedAtTheMessage)
                .as("the stream stopped with the message's position committed and the transaction's change right after")
                .isTrue();
        int last = written;
        try (ChangeStream restarted = ChangeStream.start(scratch.spec())) {
            await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(scratch.target(),
                    "SELECT count(*) FROM scratch WHERE id = " + last)));
            assertThat(Sql.text(scratch.target(), "SELECT count(*) FROM scratch")).as("every change of the transaction")
                    .isEqualTo(Integer.toString(last));
        }
    }

    @Test
    void aRestartOnAnIdleSourceMovesOnWithHeartbeatsAlone() throws Exception {
        ScratchStream scratch = ScratchStream.create("i");
        try (ChangeStream first = ChangeStream.start(scratch.spec())) {
            Sql.run(scratch.source(), "INSERT INTO scratch VALUES (1, 'only write')");
            await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(scratch.target(),
                    "SELECT count(*) FROM scratch")));
            awaitNextHeartbeatCommitted(scratch.target(), scratch.spec().migrationId());
        }
        for (int restart = 1; restart <= 2; restart++) {
            try (ChangeStream idle = ChangeStream.start(scratch.spec())) {
                awaitNextHeartbeatCommitted(scratch.target(), scratch.spec().migrationId());
                await().atMost(PATIENCE).until(() -> idle.progress().lagSeconds() < 1);
            }
        }
    }

    private static long lsn(Statement statement, String query) throws SQLException {
        try (var row = statement.executeQuery("SELECT (" + query + ") - '0/0'::pg_lsn")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long committedLsn(DataSource target, String migrationId) throws Exception {
        String offset = committedOffset(target, migrationId);
        return offset.isEmpty() ? -1 : OffsetCodec.tree(offset.getBytes(StandardCharsets.UTF_8)).path("lsn").asLong();
    }

    /**
     * A source and a target database with one table {@code scratch (id, v)}, its publication and slot on the source
     * ({@code <key>_pub}, {@code <key>_slot}), and the spec of a stream between them (migration {@code hb-<key>}).
     */
    private record ScratchStream(DataSource source, DataSource target, ChangeStreamSpec spec) {

        static ScratchStream create(String key) {
            PostgresServer server = postgres.server();
            server.createDatabase(key + "src");
            server.createDatabase(key + "tgt");
            DataSource source = server.dataSource(key + "src");
            DataSource target = server.dataSource(key + "tgt");
            Sql.run(source, "CREATE TABLE scratch (id int PRIMARY KEY, v text)",
                    "CREATE PUBLICATION " + key + "_pub FOR TABLE scratch");
            Sql.run(target, "CREATE TABLE scratch (id int PRIMARY KEY, v text)");
            return new ScratchStream(source, target, new ChangeStreamSpec("hb-" + key, credentials(key + "src"),
                    credentials(key + "tgt"), List.of(Plans.table("public", "public", "scratch", List.of("id"), "id",
                            "v")), slot(source, key + "_slot", key + "_pub")));
        }
    }

    /** A logical slot on the source, from which a stream of the publication starts. */
    private static SnapshotPosition slot(DataSource source, String slot, String publication) {
        String lsn = Sql.text(source, "SELECT lsn FROM pg_create_logical_replication_slot('" + slot + "', 'pgoutput')");
        return SnapshotPosition.postgres(slot, publication, lsn);
    }

    /** Waits until the stream has committed a newer position; on a source nobody writes, a heartbeat's. */
    private static void awaitNextHeartbeatCommitted(DataSource target, String migrationId) throws Exception {
        String before = committedOffset(target, migrationId);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> !committedOffset(target, migrationId).equals(before));
    }

    private static String committedOffset(DataSource target, String migrationId) throws Exception {
        try (Connection connection = target.getConnection()) {
            return StreamBookkeeping.offsets(connection, migrationId).values().stream()
                    .map(value -> new String(value, StandardCharsets.UTF_8)).findFirst().orElse("");
        }
    }

    private static DatabaseCredentials credentials(String database) {
        return ServerCredentials.of(postgres.server(), database);
    }
}

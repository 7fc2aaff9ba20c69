package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A source transaction that is still open when a heartbeat message (written outside any transaction) is applied and
 * its position committed, then a restart: the transaction's changes from before the heartbeat must still arrive.
 */
class PostgresRestartAcrossHeartbeatIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static PostgresServer server;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.create().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTransactionOpenAcrossACommittedHeartbeatLosesNoChangeOnRestart() throws Exception {
        server.createDatabase("hsrc");
        server.createDatabase("htgt");
        DataSource sourceDb = server.dataSource("hsrc");
        DataSource targetDb = server.dataSource("htgt");
        Sql.run(sourceDb, "CREATE TABLE scratch (id int PRIMARY KEY, v text)",
                "CREATE PUBLICATION hb_pub FOR TABLE scratch");
        Sql.run(targetDb, "CREATE TABLE scratch (id int PRIMARY KEY, v text)");
        ChangeStreamSpec spec = new ChangeStreamSpec("hb-1", credentials("hsrc"), credentials("htgt"),
                List.of(Plans.table("public", "public", "scratch", List.of("id"), "id", "v")),
                slot(sourceDb, "hb_slot", "hb_pub"));

        ChangeStream first = ChangeStream.start(spec);
        Sql.run(sourceDb, "INSERT INTO scratch VALUES (0, 'before')");
        await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(targetDb, "SELECT count(*) FROM scratch")));
        try (Connection open = sourceDb.getConnection(); Statement statement = open.createStatement()) {
            open.setAutoCommit(false);
            statement.execute("INSERT INTO scratch VALUES (1, 'written before the heartbeat')");
            awaitNextHeartbeatCommitted(targetDb, "hb-1");
            first.stop();
            statement.execute("INSERT INTO scratch VALUES (2, 'written after it')");
            open.commit();
        }
        try (ChangeStream second = ChangeStream.start(spec)) {
            await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(targetDb,
                    "SELECT count(*) FROM scratch WHERE id = 2")));
            assertThat(Sql.text(targetDb, "SELECT v FROM scratch WHERE id = 1"))
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

    /** A logical slot on the source, from which a stream of the publication starts. */
    private static SnapshotPosition slot(DataSource source, String slot, String publication) {
        String lsn = Sql.text(source, "SELECT lsn FROM pg_create_logical_replication_slot('" + slot + "', 'pgoutput')");
        return SnapshotPosition.postgres(slot, publication, lsn);
    }

    /** Waits until the stream has committed a newer position that is a heartbeat message's. */
    private static void awaitNextHeartbeatCommitted(DataSource target, String migrationId) throws Exception {
        String before = committedOffset(target, migrationId);
        await().atMost(PATIENCE).until(() -> {
            String now = committedOffset(target, migrationId);
            return !now.equals(before) && now.contains("MESSAGE");
        });
    }

    private static String committedOffset(DataSource target, String migrationId) throws Exception {
        try (Connection connection = target.getConnection()) {
            return StreamBookkeeping.offsets(connection, migrationId).values().stream()
                    .map(value -> new String(value, StandardCharsets.UTF_8)).findFirst().orElse("");
        }
    }

    private static DatabaseCredentials credentials(String database) {
        return new DatabaseCredentials("postgresql", server.host(), server.port(), database, server.superuser(),
                server.password());
    }
}

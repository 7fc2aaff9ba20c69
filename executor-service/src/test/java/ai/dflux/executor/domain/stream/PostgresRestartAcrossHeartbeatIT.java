package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
        String lsn = Sql.text(sourceDb, "SELECT lsn FROM pg_create_logical_replication_slot('hb_slot', 'pgoutput')");
        ChangeStreamSpec spec = new ChangeStreamSpec("hb-1", credentials("hsrc"), credentials("htgt"),
                List.of(Plans.table("public", "public", "scratch", List.of("id"), "id", "v")),
                SnapshotPosition.postgres("hb_slot", "hb_pub", lsn));

        ChangeStream first = ChangeStream.start(spec);
        Sql.run(sourceDb, "INSERT INTO scratch VALUES (0, 'before')");
        await().atMost(PATIENCE).until(() -> "1".equals(Sql.text(targetDb, "SELECT count(*) FROM scratch")));
        try (Connection open = sourceDb.getConnection(); Statement statement = open.createStatement()) {
            open.setAutoCommit(false);
            statement.execute("INSERT INTO scratch VALUES (1, 'written before the heartbeat')");
            String atInsert = committedOffset(targetDb);
            await().atMost(PATIENCE).until(() -> {
                String now = committedOffset(targetDb);
                return !now.equals(atInsert) && now.contains("MESSAGE");
            });
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

    private static String committedOffset(DataSource target) throws Exception {
        try (Connection connection = target.getConnection()) {
            return StreamBookkeeping.offsets(connection, "hb-1").values().stream()
                    .map(value -> new String(value, StandardCharsets.UTF_8)).findFirst().orElse("");
        }
    }

    private static DatabaseCredentials credentials(String database) {
        return new DatabaseCredentials("postgresql", server.host(), server.port(), database, server.superuser(),
                server.password());
    }
}

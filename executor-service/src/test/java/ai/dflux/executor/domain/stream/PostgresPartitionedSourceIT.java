package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.copy.CopyListener;
import ai.dflux.executor.domain.copy.CopyOptions;
import ai.dflux.executor.domain.copy.CopyResult;
import ai.dflux.executor.domain.copy.InitialCopy;
import ai.dflux.executor.domain.copy.PostgresSnapshotSource;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL source with a partitioned table and a parent of classic inheritance, copied and then streamed as dflux
 * does (the copy's own slot and publication): the partitioned table holds its partitions' rows, and their changes
 * stream under its name; the parent and its child each hold their own rows only, as on the source.
 */
class PostgresPartitionedSourceIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String SOURCE_DDL = """
            CREATE TABLE reading (id int, at date, v text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            CREATE TABLE reading_2023 PARTITION OF reading FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
            CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE payment (id int PRIMARY KEY, amount numeric(8,2));
            CREATE TABLE payment_old (PRIMARY KEY (id)) INHERITS (payment);
            CREATE TABLE sensor (id int PRIMARY KEY, v text) PARTITION BY RANGE (id);
            CREATE TABLE sensor_low PARTITION OF sensor FOR VALUES FROM (0) TO (100);
            CREATE TABLE sensor_high PARTITION OF sensor FOR VALUES FROM (100) TO (200);
            INSERT INTO sensor SELECT i, 's' || i FROM generate_series(1, 20) i;
            INSERT INTO reading SELECT i, date '2023-06-01' + i * 2, 'r' || i FROM generate_series(1, 200) i;
            INSERT INTO payment SELECT i, i / 4.0 FROM generate_series(100, 149) i;
            INSERT INTO payment_old SELECT i, i / 4.0 FROM generate_series(1, 30) i;
            ANALYZE reading_2023, reading_2024, payment, payment_old, sensor_low;
            """;
    /** As the conversion makes them: plain tables. */
    private static final String TARGET_DDL = """
            CREATE TABLE reading (id int, at date, v text, PRIMARY KEY (id, at));
            CREATE TABLE payment (id int PRIMARY KEY, amount numeric(8,2));
            CREATE TABLE payment_old (id int PRIMARY KEY, amount numeric(8,2));
            CREATE TABLE sensor (id int PRIMARY KEY, v text);
            """;

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    @Test
    void partitionsAndInheritanceChildrenAreCopiedAndStreamedOnceEach() throws SQLException {
        PostgresServer server = postgres.server();
        DatabasePair databases = DatabasePair.create(server, "parted_src", SOURCE_DDL, "parted_tgt", TARGET_DDL);
        DataSource sourceDb = databases.source();
        DataSource targetDb = databases.target();
        List<TablePlan> plans = List.of(
                Plans.table("public", "public", "reading", List.of("id", "at"), "id:integer", "at:date", "v:text"),
                Plans.table("public", "public", "payment", List.of("id"), "id:integer", "amount:numeric(8,2)"),
                Plans.table("public", "public", "payment_old", List.of("id"), "id:integer", "amount:numeric(8,2)"),
                Plans.table("public", "public", "sensor", List.of("id"), "id:integer", "v:text"));
        UUID migration = UUID.randomUUID();
        PostgresSnapshotSource snapshots = new PostgresSnapshotSource(migration, credentials("parted_src"));
        try {
            Map<String, Long> estimates = new ConcurrentHashMap<>();
            CopyListener estimated = new CopyListener() {
                @Override
                public void tableStarted(TablePlan table, long estimatedRows, int chunks, int alreadyCopied) {
                    estimates.put(table.sourceTable(), estimatedRows);
                }
            };
            CopyResult copied = new InitialCopy(migration, snapshots, targetDb, CopyOptions.DEFAULTS.withChunkRows(100),
                    estimated).run(plans);

            // as autovacuum leaves them: partitions analyzed, the partitioned table itself never (its reltuples -1);
            // sensor_high, empty, never analyzed, leaves its table's size unknown
            assertThat(estimates).as("a partitioned table's estimate sums its partitions; a parent's counts its own")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("reading", 200L, "payment", 50L, "payment_old", 30L,
                            "sensor", -1L));
            assertSame(sourceDb, targetDb);
            assertThat(Sql.number(targetDb, "SELECT count(*) FROM reading")).isEqualTo(200);
            assertThat(Sql.number(targetDb, "SELECT count(*) FROM payment")).as("the parent's own rows only")
                    .isEqualTo(50);

            ChangeStreamSpec spec = new ChangeStreamSpec(migration.toString(), credentials("parted_src"),
                    credentials("parted_tgt"), plans, copied.position());
            try (ChangeStream stream = ChangeStream.start(spec)) {
                Sql.run(sourceDb,
                        "INSERT INTO reading VALUES (1000, '2024-03-01', 'new'), (1001, '2023-03-01', 'new too')",
                        "UPDATE reading SET v = 'changed' WHERE id = 1",
                        "UPDATE reading SET at = '2024-02-02' WHERE id = 3",
                        "DELETE FROM reading WHERE id = 2",
                        "INSERT INTO payment_old VALUES (50, 12.5)",
                        "UPDATE payment SET amount = 0 WHERE id IN (5, 105)",
                        "INSERT INTO payment VALUES (150, 1)");
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertSame(sourceDb, targetDb));
                assertThat(Sql.text(targetDb, "SELECT at FROM reading WHERE id = 3")).isEqualTo("2024-02-02");
            }
        } finally {
            snapshots.drop();
        }
    }

    /** The partitioned table whole, and each table of the inheritance as it holds its rows itself. */
    private static void assertSame(DataSource source, DataSource target) {
        for (String[] table : new String[][] {{"reading", "reading"}, {"ONLY payment", "payment"},
                {"payment_old", "payment_old"}, {"sensor", "sensor"}}) {
            assertThat(TableChecksum.of(target, table[1])).as(table[1]).isEqualTo(TableChecksum.of(source, table[0]));
        }
    }

    private static DatabaseCredentials credentials(String database) {
        return ServerCredentials.of(postgres.server(), database);
    }
}

package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Columns whose values Debezium's own conversion leaves out of a PostgreSQL change (a composite type, {@code pg_lsn},
 * {@code tsquery}, {@code xid}) or changes (a {@code varbit} loses its length and leading zeros, a {@code bit(1)}
 * becomes a boolean) stream as their text and reach the target exactly.
 */
class PostgresUnusualTypesStreamIT {

    private static final String DDL = """
            CREATE TYPE tagged AS (label text, n int);
            CREATE TABLE oddities (id int PRIMARY KEY, tag tagged, lsn pg_lsn, q tsquery, xact xid, flag bit(1),
                bits varbit, byte varbit(8), nibble bit(4), words tsvector, span int4range);
            """;
    private static final String[] COLUMNS = {"id", "tag:tagged", "lsn:pg_lsn", "q:tsquery", "xact:xid", "flag:bit(1)",
        "bits:varbit", "byte:varbit(8)", "nibble:bit(4)", "words:tsvector", "span:int4range"};

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    @Test
    void valuesDebeziumWouldDropOrChangeStreamExactly() {
        PostgresServer server = postgres.server();
        DatabasePair databases = DatabasePair.create(server, "odd_src", DDL, "odd_tgt", DDL);
        DataSource source = databases.source();
        DataSource target = databases.target();
        Sql.run(source, "CREATE PUBLICATION odd_pub FOR TABLE oddities");
        String lsn = Sql.text(source, "SELECT lsn FROM pg_create_logical_replication_slot('odd_slot', 'pgoutput')");
        TablePlan plan = Plans.table("public", "public", "oddities", List.of("id"), COLUMNS);
        ChangeStreamSpec spec = new ChangeStreamSpec("odd-1", ServerCredentials.of(server, "odd_src"),
                ServerCredentials.of(server, "odd_tgt"), List.of(plan),
                SnapshotPosition.postgres("odd_slot", "odd_pub", lsn));
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(source, "INSERT INTO oddities VALUES"
                    + " (1, ROW('a \"b\", c', 2), '0/16B3748', 'fat & !cat', '7', B'1', B'0101', B'00000011', B'0110',"
                    + " 'fat cat', '[1,5)'),"
                    + " (2, ROW(NULL, NULL), NULL, NULL, NULL, B'0', B'', B'0', B'0000', '', 'empty'),"
                    + " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                    "UPDATE oddities SET tag = ROW('changed', 3), bits = B'001', flag = B'0' WHERE id = 1",
                    "UPDATE oddities SET tag = ROW('moved', 4), id = 4 WHERE id = 2",
                    "DELETE FROM oddities WHERE id = 3");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(TableChecksum.of(target, "oddities")).isEqualTo(TableChecksum.of(source, "oddities")));
            assertThat(Sql.text(target, "SELECT tag::text || ' ' || bits::text || ' ' || byte::text FROM oddities"
                    + " WHERE id = 1")).isEqualTo("(changed,3) 001 00000011");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }
}

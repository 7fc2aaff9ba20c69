package ai.dflux.discovery.domain.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresCdcPreflightIT {

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.create().start();
        postgres.createDatabase("preflight");
        try (Connection c = postgres.dataSource("preflight").getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists keyed, silent, scratch, payment_old, payment, reading, shift;"
                    + " drop domain if exists clock; drop role if exists plain");
            s.execute("create table keyed (id int primary key); create table silent (id int primary key);"
                    + " alter table silent replica identity nothing; create unlogged table scratch (id int primary key);"
                    + " create table payment (id int primary key); create table payment_old (primary key (id))"
                    + " inherits (payment); create table reading (id int, at date, primary key (id, at))"
                    + " partition by range (at); create table reading_2024 partition of reading"
                    + " for values from ('2024-01-01') to ('2025-01-01');"
                    + " create domain clock as timetz; create table shift (id int primary key, starts timetz(3),"
                    + " ends clock, breaks timetz[], at time);"
                    + " create role plain login; grant select on keyed, silent, scratch to plain");
        }
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void aSuperuserOnALogicalServerMeetsTheUnloggedTableTheTableWithoutReplicaIdentityTheInheritingTableAndTimetz() {
        List<Finding> found = new PostgresCdcPreflight().check(postgres.dataSource("preflight"));

        assertThat(found).extracting(Finding::ruleId).containsExactly("PG_UNLOGGED_TABLE", "PG_REPLICA_IDENTITY",
                "PG_TABLE_INHERITANCE", "PG_TIMETZ_OFFSET", "PG_TIMETZ_OFFSET");
        assertThat(found).extracting(Finding::object).as("a partition is not named: its table is migrated whole;"
                        + " an array of timetz streams as its text, offsets included")
                .containsExactly("public.scratch", "public.silent", "public.payment_old", "public.shift.ends",
                        "public.shift.starts");
        assertThat(found.get(0).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(found.get(0).remedy()).isEqualTo("ALTER TABLE public.scratch SET LOGGED;");
        assertThat(found.get(1).remedy()).contains("REPLICA IDENTITY");
        assertThat(found.get(2).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(2).message()).contains("inherits from public.payment");
        assertThat(found.get(2).remedy()).startsWith("after the migration, ALTER TABLE public.payment_old INHERIT"
                + " public.payment;");
        assertThat(found.get(3).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(3).message()).contains("clock").contains("04:30:00+00");
        assertThat(found.get(4).message()).contains("time(3) with time zone");
    }

    /** This server publishes partitioned tables; one before PostgreSQL 13 is played by raising the version needed. */
    @Test
    void aServerBeforePostgres13CannotPublishThePartitionedTable() {
        List<Finding> found = new PostgresCdcPreflight(1_000_000).check(postgres.dataSource("preflight"));

        assertThat(found).filteredOn(f -> f.ruleId().equals("PG_PARTITIONED_TABLE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.object()).as("the partitioned table, not its partition").isEqualTo("public.reading");
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
                    assertThat(f.message()).contains("PostgreSQL 15").contains("cannot add a partitioned table");
                    assertThat(f.remedy()).contains("PostgreSQL 13 or later");
                });
    }

    @Test
    void namesTheGrantsAnOrdinaryUserLacks() {
        PGSimpleDataSource asPlain = new PGSimpleDataSource();
        asPlain.setServerNames(new String[] {postgres.host()});
        asPlain.setPortNumbers(new int[] {postgres.port()});
        asPlain.setDatabaseName("preflight");
        asPlain.setUser("plain");

        List<Finding> found = new PostgresCdcPreflight().check(asPlain);

        assertThat(found).extracting(Finding::ruleId).contains("PG_REPLICATION_PRIVILEGE", "PG_PUBLICATION_PRIVILEGE",
                "PG_TABLE_NOT_OWNED");
        assertThat(found).filteredOn(f -> f.ruleId().equals("PG_REPLICATION_PRIVILEGE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
                    assertThat(f.remedy()).isEqualTo("ALTER ROLE \"plain\" WITH REPLICATION;");
                });
        assertThat(found).filteredOn(f -> f.ruleId().equals("PG_PUBLICATION_PRIVILEGE")).singleElement()
                .satisfies(f -> assertThat(f.remedy()).isEqualTo("GRANT CREATE ON DATABASE \"preflight\" TO \"plain\";"));
    }
}

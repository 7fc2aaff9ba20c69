package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.stream.Sql;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL to PostgreSQL: source schema changes while writes run, applied to the target without stopping, and a
 * change that is not additive pausing the stream without a loss.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
@TestProfile(SchemaDriftScenario.WorkerOff.class)
class PostgresSchemaDriftIT extends SchemaDriftScenario {

    private static final String ORDERS_V1 = "CREATE TABLE public.orders (id integer PRIMARY KEY, code varchar(10),"
            + " qty integer)";
    private static final List<TablePlan> TABLES_V1 = List.of(table("public", "orders", "id:integer:integer",
            "code:character varying(10):varchar(10)", "qty:integer:integer"));
    private static final ConvertedSchemaArtifacts REVISION_1 = revision(1, "sha256:one", ORDERS_V1, TABLES_V1, 0,
            null, true);

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static int databases;

    private DataSource sourceDb;
    private DataSource targetDb;

    @AfterEach
    void stopReplication() throws Exception {
        stop();
    }

    private void prepare() throws Exception {
        int n = ++databases;
        PostgresServer server = postgres.server();
        server.createDatabase("dsrc" + n);
        server.createDatabase("dtgt" + n);
        sourceDb = server.dataSource("dsrc" + n);
        targetDb = server.dataSource("dtgt" + n);
        Sql.run(sourceDb, ORDERS_V1.replace("public.", ""),
                "INSERT INTO orders SELECT g, 'c' || g, g FROM generate_series(1, 2000) g");
        create(credentials("dsrc" + n), credentials("dtgt" + n), REVISION_1);
    }

    private static DatabaseCredentials credentials(String database) {
        return ServerCredentials.of(postgres.server(), database);
    }

    @Test
    void aNewColumnANewTableAndWiderTypesReachTheTargetWithTheValuesWrittenBeforeTheirConversion() throws Exception {
        prepare();
        launch();
        awaitState("STREAMING");
        driftWhileWriting(sourceDb, targetDb, List.of(
                table("public", "orders", "id:integer:integer", "code:character varying(40):varchar(40)",
                        "qty:bigint:bigint", "note:character varying(100):varchar(100)"),
                table("public", "notes", "id:integer:integer", "body:character varying(100):varchar(100)")),
                "ALTER TABLE orders ALTER COLUMN code TYPE varchar(40)", "ALTER TABLE orders ALTER COLUMN qty TYPE bigint");
    }

    @Test
    void aWiderTypeWhoseValuesTheTargetRejectsWaitsForItsConversion() throws Exception {
        prepare();
        launch();
        awaitState("STREAMING");
        try (DriftWorkload workload = new DriftWorkload(sourceDb, 10_000)) {
            Sql.run(sourceDb, "ALTER TABLE orders ALTER COLUMN code TYPE varchar(40)",
                    "ALTER TABLE orders ALTER COLUMN qty TYPE bigint");
            workload.writeWideValues();
            awaitReasonContaining("does not hold yet");
            handOver(revision(2, "sha256:two", "", List.of(table("public", "orders", "id:integer:integer",
                    "code:character varying(40):varchar(40)", "qty:bigint:bigint")), 1,
                    "ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(40);"
                            + " ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint;", true));
            awaitAppliedRevision(2);
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(targetDb, "orders", "id", "code", "qty"))
                .isEqualTo(rows(sourceDb, "orders", "id", "code", "qty")));
        assertThat(failure.get()).isNull();
    }

    @Test
    void aNarrowedTypePausesLosingNothingAndRevertingItLetsTheStreamResume() throws Exception {
        prepare();
        launch();
        awaitState("STREAMING");
        try (DriftWorkload workload = new DriftWorkload(sourceDb, 10_000)) {
            Sql.run(sourceDb, "ALTER TABLE orders ALTER COLUMN code TYPE varchar(8)");
            handOver(revision(2, "sha256:narrow", "", List.of(table("public", "orders", "id:integer:integer",
                    "code:character varying(8):varchar(8)", "qty:integer:integer")), 1, "", false));
            awaitState("PAUSED");
            assertThat(row().reason).contains("not only additive").contains("revision 2").contains("resume")
                    .contains("stop this migration");
            assertThat(events("MigrationPaused")).singleElement().satisfies(event -> assertThat(event)
                    .contains("INCOMPATIBLE_DRIFT"));

            Sql.run(sourceDb, "ALTER TABLE orders ALTER COLUMN code TYPE varchar(10)");
            handOver(revision(3, REVISION_1.ddlFingerprint(), ORDERS_V1, TABLES_V1, 2, "", false));
            await().atMost(PATIENCE).until(() -> row().convertedRevision == 3);
            ledger.update(id, row -> row.state = ReplicationState.STREAMING.name());
            launch();
            awaitAppliedRevision(3);
        }
        awaitSameRows("id", "code", "qty");
    }

    private void awaitSameRows(String... columns) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(targetDb, "orders", columns))
                .isEqualTo(rows(sourceDb, "orders", columns)));
    }
}

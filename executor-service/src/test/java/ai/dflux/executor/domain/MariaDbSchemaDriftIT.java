package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB to PostgreSQL: a new column written at once, wider types and a new table created while writes run reach the
 * target when their revision is handed over; the stream waits for it meanwhile instead of dropping values.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
@TestProfile(SchemaDriftScenario.WorkerOff.class)
class MariaDbSchemaDriftIT extends SchemaDriftScenario {

    private static final String ORDERS_V1 = "CREATE TABLE public.orders (id integer PRIMARY KEY, code varchar(10),"
            + " qty integer)";

    private static MariaDbServer mariaDb;
    private static PostgresServer postgres;

    private DataSource sourceDb;
    private DataSource targetDb;

    @BeforeAll
    static void startServers() {
        mariaDb = MariaDbServer.create().start();
        postgres = PostgresServer.create().start();
    }

    @AfterAll
    static void stopServers() {
        if (mariaDb != null) {
            mariaDb.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void stopReplication() throws Exception {
        stop();
    }

    @Test
    void aNewColumnANewTableAndWiderTypesReachTheTargetWithTheValuesWrittenBeforeTheirConversion() throws Exception {
        mariaDb.createDatabase("drift_src");
        postgres.createDatabase("drift_tgt");
        sourceDb = mariaDb.dataSource("drift_src");
        targetDb = postgres.dataSource("drift_tgt");
        run(sourceDb, "CREATE TABLE orders (id INT PRIMARY KEY, code VARCHAR(10), qty INT)",
                "INSERT INTO orders VALUES " + IntStream.rangeClosed(1, 2000).mapToObj(i -> "(" + i + ", 'c" + i + "', "
                        + i + ")").collect(Collectors.joining(", ")));
        create(new DatabaseCredentials("mariadb", mariaDb.host(), mariaDb.port(), "drift_src", mariaDb.cdcUser(),
                mariaDb.cdcPassword()), new DatabaseCredentials("postgresql", postgres.host(), postgres.port(),
                "drift_tgt", postgres.superuser(), postgres.password()),
                revision(1, "sha256:one", ORDERS_V1, List.of(table("drift_src", "orders", "id:int:integer",
                        "code:varchar(10):varchar(10)", "qty:int:integer")), 0, null, true));
        launch();
        awaitState("STREAMING");
        try (DriftWorkload workload = new DriftWorkload(sourceDb, 10_000)) {
            // the first start records the table structures as they are then (limitations.md): change them after it
            await().atMost(PATIENCE).until(() -> !rows(targetDb, "orders WHERE id > 10000", "id").isEmpty());
            run(sourceDb, "ALTER TABLE orders ADD COLUMN note VARCHAR(100) DEFAULT 'none'");
            workload.writeNoteColumn();
            awaitReasonContaining("column note");
            run(sourceDb, "ALTER TABLE orders MODIFY code VARCHAR(40)", "ALTER TABLE orders MODIFY qty BIGINT");
            workload.writeWideValues();
            run(sourceDb, "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100))");
            workload.writeNotes();
            await().atMost(PATIENCE).until(() -> workload.writtenWithNote() > 50);

            handOver(revision(2, "sha256:two", "", List.of(
                    table("drift_src", "orders", "id:int:integer", "code:varchar(40):varchar(40)",
                            "qty:bigint:bigint", "note:varchar(100):varchar(100)"),
                    table("drift_src", "notes", "id:int:integer", "body:varchar(100):varchar(100)")),
                    1, "ALTER TABLE public.orders ADD COLUMN note varchar(100) DEFAULT 'none';"
                            + " ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(40);"
                            + " ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint;"
                            + " CREATE TABLE public.notes (id integer PRIMARY KEY, body varchar(100));", true));
            awaitAppliedRevision(2);
            int atHandOver = workload.written();
            await().atMost(PATIENCE).until(() -> workload.written() > atHandOver + 100);
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(targetDb, "orders", "id", "code", "qty", "note"))
                .isEqualTo(rows(sourceDb, "orders", "id", "code", "qty", "note")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(targetDb, "notes", "id", "body"))
                .isEqualTo(rows(sourceDb, "notes", "id", "body")));
        assertThat(rows(targetDb, "orders", "id", "note").stream().filter(row -> row.get(1).startsWith("note")))
                .as("values written into the new column before its conversion arrived").isNotEmpty();
        assertThat(events("SchemaChangeApplied")).singleElement().satisfies(event -> assertThat(event)
                .contains("drift_src.notes").contains("drift_src.orders.note"));
    }
}

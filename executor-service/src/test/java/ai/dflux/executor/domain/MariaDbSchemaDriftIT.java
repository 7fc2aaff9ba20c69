package ai.dflux.executor.domain;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.stream.Sql;
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
        Sql.run(sourceDb, "CREATE TABLE orders (id INT PRIMARY KEY, code VARCHAR(10), qty INT)",
                "INSERT INTO orders VALUES " + IntStream.rangeClosed(1, 2000).mapToObj(i -> "(" + i + ", 'c" + i + "', "
                        + i + ")").collect(Collectors.joining(", ")));
        create(new DatabaseCredentials("mariadb", mariaDb.host(), mariaDb.port(), "drift_src", mariaDb.cdcUser(),
                mariaDb.cdcPassword()), new DatabaseCredentials("postgresql", postgres.host(), postgres.port(),
                "drift_tgt", postgres.superuser(), postgres.password()),
                revision(1, "sha256:one", ORDERS_V1, List.of(table("drift_src", "orders", "id:int:integer",
                        "code:varchar(10):varchar(10)", "qty:int:integer")), 0, null, true));
        launch();
        awaitState("STREAMING");
        driftWhileWriting(sourceDb, targetDb, List.of(
                table("drift_src", "orders", "id:int:integer", "code:varchar(40):varchar(40)", "qty:bigint:bigint",
                        "note:varchar(100):varchar(100)"),
                table("drift_src", "notes", "id:int:integer", "body:varchar(100):varchar(100)")),
                "ALTER TABLE orders MODIFY code VARCHAR(40)", "ALTER TABLE orders MODIFY qty BIGINT");
    }
}

package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.stream.Sql;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final ServerExtension<MariaDbServer> mariaDb = ServerExtension.mariaDb();
    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private DataSource sourceDb;
    private DataSource targetDb;

    @AfterEach
    void stopReplication() throws Exception {
        stop();
    }

    @Test
    void aNewColumnANewTableAndWiderTypesReachTheTargetWithTheValuesWrittenBeforeTheirConversion() throws Exception {
        MariaDbServer source = mariaDb.server();
        PostgresServer target = postgres.server();
        source.createDatabase("drift_src");
        target.createDatabase("drift_tgt");
        sourceDb = source.dataSource("drift_src");
        targetDb = target.dataSource("drift_tgt");
        Sql.run(sourceDb, "CREATE TABLE orders (id INT PRIMARY KEY, code VARCHAR(10), qty INT)",
                "INSERT INTO orders VALUES " + IntStream.rangeClosed(1, 2000).mapToObj(i -> "(" + i + ", 'c" + i + "', "
                        + i + ")").collect(Collectors.joining(", ")));
        create(new DatabaseCredentials("mariadb", source.host(), source.port(), "drift_src", source.cdcUser(),
                source.cdcPassword()), ServerCredentials.of(target, "drift_tgt"),
                revision(1, "sha256:one", ORDERS_V1, List.of(table("drift_src", "orders", "id:int:integer",
                        "code:varchar(10):varchar(10)", "qty:int:integer")), 0, null, true));
        launch();
        awaitState("STREAMING");
        assertThat(Sql.text(targetDb, "SELECT record FROM dflux_executor.schema_history WHERE migration_id = '" + id
                + "' ORDER BY seq LIMIT 1")).as("the stream starts from the structures the copy read at its snapshot")
                .contains("CREATE TABLE `orders`");
        driftWhileWriting(sourceDb, targetDb, List.of(
                table("drift_src", "orders", "id:int:integer", "code:varchar(40):varchar(40)", "qty:bigint:bigint",
                        "note:varchar(100):varchar(100)"),
                table("drift_src", "notes", "id:int:integer", "body:varchar(100):varchar(100)")),
                "ALTER TABLE orders MODIFY code VARCHAR(40)", "ALTER TABLE orders MODIFY qty BIGINT");
    }
}

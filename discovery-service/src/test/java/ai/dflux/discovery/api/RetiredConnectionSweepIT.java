package ai.dflux.discovery.api;

import static io.restassured.RestAssured.given;

import ai.dflux.discovery.domain.RetiredConnectionSweep;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A deleted migration's connections are forgotten once the retention (a week by default) has passed, not before. */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class RetiredConnectionSweepIT {

    private static final String AGENT = TestTokens.forAgent("executor-service");

    @Inject
    RetiredConnectionSweep sweep;

    @Test
    void forgetsTheConnectionsOfMigrationsDeletedLongerAgoThanTheRetention() throws Throwable {
        String old = deletedMigration();
        String recent = deletedMigration();
        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("update discovery.retired_connection set retired_at = now() - interval '8 days'"
                    + " where migration_id = '" + old + "'");
        }

        VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());

        connections(old).then().statusCode(404);
        connections(recent).then().statusCode(200);
    }

    private static Response connections(String id) {
        return given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id);
    }

    private static String deletedMigration() {
        String id = MigrationRegistryIT.create("tenant-a", Requests.migrationOf("sweep_source"));
        Requests.as("tenant-a").delete("/api/v1/migrations/{id}", id).then().statusCode(204);
        return id;
    }
}

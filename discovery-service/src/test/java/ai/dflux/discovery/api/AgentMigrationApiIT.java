package ai.dflux.discovery.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The internal API other agents read a migration's catalog and connections from: service tokens only, scoped to
 * the tenant the agent names.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class AgentMigrationApiIT {

    private static final String AGENT = TestTokens.forAgent("compatibility-service");

    @Test
    void servesTheCatalogAndTheConnectionsToAnAgentActingForTheOwningTenant() throws Exception {
        String id = discoveredMigration("tenant-a");

        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/catalog", id).then().statusCode(200)
                .body("fingerprint", startsWith("sha256:"))
                .body("catalog.dialect", equalTo("postgresql"))
                .body("catalog.tables.find { it.name == 'account' }.primaryKey[0]", equalTo("id"));
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(200)
                .body("target.password", equalTo("target-secret-pw"))
                .body("target.port", equalTo(ControlPlane.postgres().port()))
                .body("source.password", equalTo("source-secret-pw"));
    }

    @Test
    void hidesTheMigrationFromAnAgentActingForAnotherTenant() throws Exception {
        String id = discoveredMigration("tenant-a");

        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-b")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(404)
                .body("detail", containsString("no migration"));
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-b")
                .get("/internal/v1/migrations/{id}/catalog", id).then().statusCode(404);
    }

    @Test
    void refusesTenantTokensMissingTokensAndAMissingTenant() throws Exception {
        String id = discoveredMigration("tenant-a");

        given().auth().oauth2(TestTokens.forTenant("tenant-a")).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(403)
                .body(not(containsString("target-secret-pw")));
        given().queryParam("tenant", "tenant-a").get("/internal/v1/migrations/{id}/connections", id).then()
                .statusCode(401);
        given().auth().oauth2(AGENT).get("/internal/v1/migrations/{id}/connections", id).then().statusCode(400)
                .body("errors[0].field", equalTo("tenant"));
    }

    /**
     * A deleted migration's connections stay readable by agents, so that the Executor can still remove its slot and
     * publication from the source (also after a restart), until it says the source is clean.
     */
    @Test
    void servesADeletedMigrationsConnectionsUntilAnAgentSaysItsSourceIsClean() throws Exception {
        String id = discoveredMigration("tenant-a");

        given().auth().oauth2(TestTokens.forTenant("tenant-a")).delete("/api/v1/migrations/{id}", id).then()
                .statusCode(204);

        given().auth().oauth2(TestTokens.forTenant("tenant-a")).get("/api/v1/migrations/{id}", id).then()
                .statusCode(404);
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(200)
                .body("source.password", equalTo("source-secret-pw"))
                .body("target.password", equalTo("target-secret-pw"));
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-b")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(404);
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-b")
                .delete("/internal/v1/migrations/{id}/connections", id).then().statusCode(204);
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(200);

        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .delete("/internal/v1/migrations/{id}/connections", id).then().statusCode(204);

        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a")
                .get("/internal/v1/migrations/{id}/connections", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.forTenant("tenant-a")).queryParam("tenant", "tenant-a")
                .delete("/internal/v1/migrations/{id}/connections", id).then().statusCode(403);
    }

    private static String discoveredMigration(String tenant) throws Exception {
        String database = "agent_api_" + UUID.randomUUID().toString().substring(0, 8);
        ControlPlane.postgres().createDatabase(database);
        try (Connection c = ControlPlane.postgres().dataSource(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table account (id bigint primary key, name text not null)");
        }
        String id = MigrationRegistryIT.create(tenant, Requests.migrationOf(database));
        MigrationRegistryIT.awaitPhase(tenant, id, "CONVERTING");
        return id;
    }
}

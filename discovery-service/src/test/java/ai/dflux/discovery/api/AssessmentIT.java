package ai.dflux.discovery.api;

import static ai.dflux.discovery.api.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class AssessmentIT {

    @Test
    void reportsFindingsAssessmentAndFingerprintOfTheDiscoveredSource() throws Exception {
        String database = "audit_" + UUID.randomUUID().toString().substring(0, 8);
        ControlPlane.postgres().createDatabase(database);
        try (Connection c = ControlPlane.postgres().dataSource(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table account (id bigint primary key, name text not null);"
                    + " create table audit_log (at timestamptz, line text);"
                    + " create table logged_in_full (at timestamptz); alter table logged_in_full replica identity full");
        }
        String id = MigrationRegistryIT.create("tenant-a", Requests.migrationOf(database));
        MigrationRegistryIT.awaitPhase("tenant-a", id, "CONVERTING");
        MigrationRegistryIT.awaitTimeline("tenant-a", id, "CONVERTING");

        as("tenant-a").get("/api/v1/migrations/{id}/findings", id).then().statusCode(200)
                .body("find { it.ruleId == 'TABLE_WITHOUT_PRIMARY_KEY' }.object", equalTo("public.audit_log"))
                .body("find { it.ruleId == 'TABLE_WITHOUT_PRIMARY_KEY' }.severity", equalTo("BLOCKER"))
                .body("find { it.ruleId == 'TABLE_WITHOUT_PRIMARY_KEY' }.remedy", containsString("REPLICA IDENTITY"));
        as("tenant-a").get("/api/v1/migrations/{id}/report", id).then().statusCode(200)
                .body("counts.tables", equalTo(3))
                .body("findingsBySeverity.BLOCKER", equalTo(1))
                .body("objects.find { it.name == 'public.audit_log' }.effort", equalTo("MANUAL"))
                .body("objects.find { it.name == 'public.account' }.effort", equalTo("AUTOMATIC"));
        String page = as("tenant-a").accept("text/markdown").get("/api/v1/migrations/{id}/report", id).then()
                .statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        assertThat(page).startsWith("# Migration assessment: shop").contains("1 blocker(s)")
                .contains("TABLE_WITHOUT_PRIMARY_KEY").contains("public.audit_log");
        String fingerprint = as("tenant-a").get("/api/v1/migrations/{id}/fingerprint", id).then().statusCode(200)
                .body("fingerprint", startsWith("sha256:")).extract().path("fingerprint");
        as("tenant-a").get("/api/v1/migrations/{id}/timeline", id).then()
                .body("events.find { it.type == 'SchemaDiscovered' }.payload.fingerprint", equalTo(fingerprint))
                .body("events.find { it.type == 'SchemaDiscovered' }.payload.blockers", equalTo(1));
        as("tenant-b").get("/api/v1/migrations/{id}/report", id).then().statusCode(404);
        as("tenant-a").get("/api/v1/migrations/{id}/findings", UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("no migration"));
    }

    @Test
    void saysWhenTheCatalogHasNotBeenReadYet() {
        String id = MigrationRegistryIT.create("tenant-a", Requests.migration("unread", ai.dflux.testkit.FreePorts.pick()));
        MigrationRegistryIT.awaitPhase("tenant-a", id, "FAILED");

        as("tenant-a").get("/api/v1/migrations/{id}/report", id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("has not been read yet"));
        as("tenant-a").get("/api/v1/migrations/{id}/findings", id).then().statusCode(404)
                .body("errors", org.hamcrest.Matchers.nullValue());
        as("tenant-a").get("/api/v1/migrations").then().body("id", hasItem(id));
    }
}

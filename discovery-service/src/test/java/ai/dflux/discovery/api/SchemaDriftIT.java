package ai.dflux.discovery.api;

import static ai.dflux.discovery.api.Requests.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import ai.dflux.discovery.SourceDatabases;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class SchemaDriftIT {

    @Test
    void aColumnAddedOnTheSourceIsReportedOnRequestAndByTheScheduledScan() throws Exception {
        String database = SourceDatabases.shop();
        String id = MigrationRegistryIT.create("tenant-a", Requests.migrationOf(database));
        MigrationRegistryIT.awaitPhase("tenant-a", id, "CONVERTING");
        as("tenant-a").post("/api/v1/migrations/{id}/rescan", id).then().statusCode(200)
                .body("status", equalTo("UNCHANGED"));

        execute(database, "alter table customer add column note text");
        var rescan = as("tenant-a").post("/api/v1/migrations/{id}/rescan", id).then().statusCode(200);
        if ("DRIFTED".equals(rescan.extract().path("status"))) {
            rescan.body("changes", hasSize(1))
                    .body("changes[0].change", equalTo("ADDED"))
                    .body("changes[0].kind", equalTo("column"))
                    .body("changes[0].object", equalTo("public.customer.note"))
                    .body("changes[0].detail", equalTo("text"));
        } else {
            // The scheduled scan (every 3 s here) got there first; the drift list below shows its result.
            rescan.body("status", org.hamcrest.Matchers.oneOf("UNCHANGED", "BUSY"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("tenant-a")
                .get("/api/v1/migrations/{id}/timeline", id).then()
                .body("events.type", hasItem("SchemaDriftDetected"))
                .body("events.find { it.type == 'SchemaDriftDetected' }.payload.changes[0].object",
                        equalTo("public.customer.note"))
                .body("events.find { it.type == 'SchemaDriftDetected' }.payload.added", equalTo(1)));
        as("tenant-a").get("/api/v1/migrations/{id}/catalog", id).then()
                .body("tables.find { it.name == 'customer' }.columns.name", hasItem("note"));

        // No request this time: the scheduled scan (every 3 s in tests) finds it.
        execute(database, "alter table product alter column sku type varchar(64)");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("tenant-a").get("/api/v1/migrations/{id}/drift", id).then().statusCode(200)
                        .body("", hasSize(2))
                        .body("[1].changes.object", hasItem("public.product.sku"))
                        .body("[1].changes.find { it.object == 'public.product.sku' }.detail",
                                equalTo("type character varying(32) -> character varying(64)")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> io.restassured.RestAssured.given().get("/q/metrics")
                .then().body(org.hamcrest.Matchers.containsString(
                        "dflux_drift_detected_total{migration=\"" + id + "\",tenant=\"tenant-a\"} 2.0")));
        as("tenant-b").get("/api/v1/migrations/{id}/drift", id).then().statusCode(404);
        as("tenant-b").post("/api/v1/migrations/{id}/rescan", id).then().statusCode(404);
    }

    @Test
    void refusesToRescanASourceThatWasNeverDiscovered() {
        String id = MigrationRegistryIT.create("tenant-a", Requests.migration("gone", ai.dflux.testkit.FreePorts.pick()));
        MigrationRegistryIT.awaitPhase("tenant-a", id, "FAILED");

        as("tenant-a").post("/api/v1/migrations/{id}/rescan", id).then().statusCode(409)
                .contentType("application/problem+json");
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection c = ControlPlane.postgres().dataSource(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package ai.dflux.discovery.api;

import static ai.dflux.discovery.api.Requests.as;
import static ai.dflux.discovery.api.Requests.migrationOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import ai.dflux.discovery.SourceDatabases;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class MigrationRegistryIT {

    @Test
    void createsAMigrationAndDiscoversTheSourceTables() {
        String id = create("tenant-a", migrationOf(SourceDatabases.shop()));

        awaitPhase("tenant-a", id, "CONVERTING");

        Response catalog = as("tenant-a").get("/api/v1/migrations/{id}/catalog", id);
        catalog.then().statusCode(200)
                .body("dialect", equalTo("postgresql"))
                .body("tables.name", contains("customer", "product", "purchase"))
                .body("tables.find { it.name == 'purchase' }.columns.name", contains("id", "customer_id", "sku",
                        "quantity"))
                .body("tables.find { it.name == 'purchase' }.foreignKeys.referencedTable",
                        hasItems("customer", "product"))
                .body("tables.find { it.name == 'product' }.columns.dataType", hasItem("numeric(10,2)"))
                .body("tables.find { it.name == 'customer' }.rowEstimate", equalTo(500));
        awaitTimeline("tenant-a", id, "CONVERTING");
        as("tenant-a").get("/api/v1/migrations/{id}/timeline", id).then().statusCode(200)
                .body("events.type", contains("MigrationCreated", "DiscoveryStarted", "SchemaDiscovered"))
                .body("events[2].payload.tables", equalTo(3))
                .body("events[2].payload.catalogRef", equalTo("/api/v1/migrations/" + id + "/catalog"))
                .body("events[1].causationId", equalTo(
                        as("tenant-a").get("/api/v1/migrations/{id}/timeline", id).path("events[0].eventId")));
    }

    @Test
    void neverShowsOrStoresAPasswordInClear() throws Exception {
        String id = create("tenant-a", migrationOf(SourceDatabases.shop()));
        awaitPhase("tenant-a", id, "CONVERTING");

        String everything = as("tenant-a").get("/api/v1/migrations/{id}", id).asString()
                + as("tenant-a").get("/api/v1/migrations/{id}/timeline", id).asString()
                + as("tenant-a").get("/api/v1/migrations").asString();
        assertThat(everything).doesNotContain("source-secret-pw").doesNotContain("target-secret-pw")
                .doesNotContainIgnoringCase("password");
        try (Connection c = ControlPlane.postgres().dataSource("dflux").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select t::text from discovery.migration t union all "
                        + "select t::text from discovery.outbox t union all select t::text from discovery.timeline_event t")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).doesNotContain("source-secret-pw").doesNotContain("target-secret-pw");
            }
        }
    }

    @Test
    void anotherTenantCannotSeeOrTouchTheMigration() {
        String id = create("tenant-a", migrationOf(SourceDatabases.shop()));

        for (String path : List.of("", "/timeline", "/catalog")) {
            as("tenant-b").get("/api/v1/migrations/" + id + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as("tenant-b").delete("/api/v1/migrations/{id}", id).then().statusCode(404);
        as("tenant-b").get("/api/v1/migrations").then().statusCode(200).body("id", not(hasItem(id)));
        as("tenant-a").get("/api/v1/migrations/{id}", id).then().statusCode(200);
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        given().get("/api/v1/migrations").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").get("/api/v1/migrations").then().statusCode(401);
    }

    @Test
    void anUnreachableSourceFailsTheMigrationWithItsReason() {
        String id = create("tenant-a", Requests.migration("nowhere", ai.dflux.testkit.FreePorts.pick()));

        awaitPhase("tenant-a", id, "FAILED");

        as("tenant-a").get("/api/v1/migrations/{id}", id).then()
                .body("failureReason", equalTo("SOURCE_UNREACHABLE"))
                .body("failureMessage", org.hamcrest.Matchers.containsString("cannot connect"));
        awaitTimeline("tenant-a", id, "FAILED");
        as("tenant-a").get("/api/v1/migrations/{id}/timeline", id).then()
                .body("events.type", contains("MigrationCreated", "DiscoveryStarted", "MigrationFailed"))
                .body("events[2].payload.reason", equalTo("SOURCE_UNREACHABLE"));
    }

    @Test
    void aMissingSourceDatabaseIsNamedAsSuch() {
        String id = create("tenant-a", migrationOf("no_such_database"));

        awaitPhase("tenant-a", id, "FAILED");

        as("tenant-a").get("/api/v1/migrations/{id}", id).then()
                .body("failureReason", equalTo("SOURCE_DATABASE_NOT_FOUND"));
    }

    @Test
    void deletingRemovesTheMigrationForGood() {
        String id = create("tenant-a", migrationOf(SourceDatabases.shop()));
        awaitPhase("tenant-a", id, "CONVERTING");

        as("tenant-a").delete("/api/v1/migrations/{id}", id).then().statusCode(204);

        as("tenant-a").get("/api/v1/migrations/{id}", id).then().statusCode(404);
        as("tenant-a").get("/api/v1/migrations/{id}/catalog", id).then().statusCode(404);
        as("tenant-a").delete("/api/v1/migrations/{id}", id).then().statusCode(404);
    }

    static String create(String tenant, String body) {
        return as(tenant).body(body).post("/api/v1/migrations").then().statusCode(201)
                .body("phase", equalTo("CREATED"))
                .extract().path("id");
    }

    /** The timeline follows the topic, so it may trail the registry's phase by a moment. */
    static void awaitTimeline(String tenant, String id, String phase) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(tenant).get("/api/v1/migrations/{id}/timeline", id).then().statusCode(200)
                        .body("phase", equalTo(phase)));
    }

    static void awaitPhase(String tenant, String id, String phase) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(tenant).get("/api/v1/migrations/{id}", id).then().statusCode(200).body("phase", equalTo(phase)));
    }
}

package ai.dflux.executor.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.Producers;
import ai.dflux.contracts.events.SchemaConverted;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.EventPublisher;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The replication's control API against the real control plane: what a migration waits for, which moves each state
 * allows (409 with a problem naming the rule otherwise), and tenant scoping. No discovery runs here, so a started
 * replication cannot load its plan and keeps retrying; copying and streaming are shown in system-tests.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ReplicationControlIT {

    private static final String PATH = "/api/v1/migrations/{id}/replication";

    @Test
    void aManualStartMigrationWaitsForItsStartAndIsStartedOnce() throws Exception {
        UUID id = converted("tenant-a", Map.of("manualStart", "true"), "postgresql");
        awaitState("tenant-a", id, "WAITING_FOR_START").body("detail", containsString("manualStart"));

        post("tenant-a", id, "pause").statusCode(409).contentType("application/problem+json");
        post("tenant-a", id, "start").statusCode(200).body("replication.state", equalTo("READY"));
        post("tenant-a", id, "start").statusCode(409).body("detail", containsString("manualStart"));
    }

    @Test
    void aStartedReplicationThatCannotReachDiscoveryRetriesAndSaysWhy() throws Exception {
        UUID id = converted("tenant-a", Map.of(), "postgresql");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                get("tenant-a", id).statusCode(200).body("replication.attempts", org.hamcrest.Matchers.greaterThan(0))
                        .body("replication.lastError", containsString("discovery-service")));
    }

    @Test
    void onlyAStreamingReplicationPausesAndOnlyAPausedOneResumes() throws Exception {
        UUID id = converted("tenant-a", Map.of("manualStart", "true"), "postgresql");
        awaitState("tenant-a", id, "WAITING_FOR_START");

        post("tenant-a", id, "pause").statusCode(409).body("detail", containsString("only a streaming migration"));
        post("tenant-a", id, "resume").statusCode(409).body("detail", containsString("only a paused migration"));
        post("tenant-a", id, "stop").statusCode(200).body("replication.state", equalTo("STOPPED"));
        post("tenant-a", id, "stop").statusCode(409).body("detail", containsString("stopped already"));
    }

    @Test
    void anOracleScriptHasNothingToCopy() throws Exception {
        UUID id = converted("tenant-a", Map.of(), "oracle");
        awaitState("tenant-a", id, "SCHEMA_ONLY").body("detail", containsString("no rows to copy"));
    }

    @Test
    void anotherTenantNeitherSeesNorControlsTheReplication() throws Exception {
        UUID id = converted("tenant-a", Map.of("manualStart", "true"), "postgresql");
        awaitState("tenant-a", id, "WAITING_FOR_START");

        get("tenant-b", id).statusCode(404);
        post("tenant-b", id, "start").statusCode(404);
        given().post(PATH + "/start", id).then().statusCode(401);
        get("tenant-a", id).body("replication.state", equalTo("WAITING_FOR_START"));
    }

    private static UUID converted(String tenant, Map<String, String> options, String sourceDialect) throws Exception {
        UUID id = UUID.randomUUID();
        ConnectionInfo source = new ConnectionInfo(sourceDialect, "127.0.0.1", 5432, "shop", "u");
        ConnectionInfo target = new ConnectionInfo("postgresql", "127.0.0.1", 5432, "shop_target", "u");
        EventEnvelope created = EventEnvelope.of(new MigrationCreated("shop", source, target, options), id, tenant,
                Producers.DISCOVERY, null);
        EventPublisher.publish(created);
        EventPublisher.publish(EventEnvelope.of(new SchemaConverted(1, "/api/v1/migrations/" + id + "/conversion",
                "sha256:a", "sha256:b", Map.of("AUTO", 3), 0, true), id, tenant, "compatibility-service",
                created.eventId()));
        return id;
    }

    private static ValidatableResponse awaitState(String tenant, UUID id, String state) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> get(tenant, id).statusCode(200).body("replication", notNullValue()),
                        response -> state.equals(response.extract().path("replication.state")));
    }

    private static ValidatableResponse get(String tenant, UUID id) {
        return given().auth().oauth2(TestTokens.forTenant(tenant)).get(PATH, id).then();
    }

    private static ValidatableResponse post(String tenant, UUID id, String action) {
        return given().auth().oauth2(TestTokens.forTenant(tenant)).post(PATH + "/" + action, id).then();
    }
}

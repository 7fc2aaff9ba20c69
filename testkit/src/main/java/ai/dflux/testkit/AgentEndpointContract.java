package ai.dflux.testkit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.DiscoveryStarted;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.MigrationDeleted;
import ai.dflux.contracts.events.Producers;
import ai.dflux.contracts.events.SchemaDiscovered;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every agent promises about the migrations it follows, run by each agent's own test class against the real
 * control plane: it learns of a migration from the topic, shows its part to the owning tenant only, applies a
 * redelivered event once, forgets a deleted migration, and reports health and metrics.
 */
public abstract class AgentEndpointContract {

    /** The agent's part of a migration, as in {@code /api/v1/migrations/{id}/<part>}. */
    protected abstract String part();

    /** The agent's schema in the control-plane database. */
    protected abstract String schema();

    /** The status the agent shows once the schema of a migration was discovered. */
    protected abstract String statusAfterDiscovery();

    @Test
    void showsTheMigrationItLearnedFromTheTopicToItsTenantOnly() throws Exception {
        UUID migration = UUID.randomUUID();
        EventEnvelope discovered = discover(migration, "tenant-a");

        awaitPart("tenant-a", migration).body("lastEventType", equalTo(SchemaDiscovered.TYPE))
                .body("phase", equalTo("CONVERTING"))
                .body("tablesDiscovered", equalTo(3))
                .body("status", equalTo(statusAfterDiscovery()))
                .body("eventsSeen", equalTo(3));
        given().auth().oauth2(TestTokens.forTenant("tenant-b")).get(path(migration)).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(path(migration)).then().statusCode(401);

        send(discovered);
        send(EventEnvelope.of(new DiscoveryStarted("postgresql"), UUID.randomUUID(), "tenant-a", "test", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("dflux_tracked_events{migration=\"" + migration + "\",tenant=\"tenant-a\"} 3.0")));
        part("tenant-a", migration).body("eventsSeen", equalTo(3));
    }

    @Test
    void forgetsADeletedMigration() throws Exception {
        UUID migration = UUID.randomUUID();
        EventEnvelope discovered = discover(migration, "tenant-a");
        awaitPart("tenant-a", migration);

        send(EventEnvelope.of(new MigrationDeleted("CONVERTING"), migration, "tenant-a", Producers.DISCOVERY,
                discovered.eventId()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.forTenant("tenant-a")).get(path(migration)).then().statusCode(404));
    }

    @Test
    void isReadyWithItsSchemaAndKafkaAndCountsWhatItConsumed() throws Exception {
        UUID migration = UUID.randomUUID();
        discover(migration, "tenant-m");
        awaitPart("tenant-m", migration);

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("control-plane schema " + schema()));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().body(containsString("dflux_events_consumed_total{migration=\"" + migration
                + "\",tenant=\"tenant-m\",type=\"SchemaDiscovered\"}"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/migrations/{id}/" + part()));
    }

    private String path(UUID migration) {
        return "/api/v1/migrations/" + migration + "/" + part();
    }

    private ValidatableResponse part(String tenant, UUID migration) {
        return given().auth().oauth2(TestTokens.forTenant(tenant)).get(path(migration)).then().statusCode(200);
    }

    private ValidatableResponse awaitPart(String tenant, UUID migration) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> part(tenant, migration), response -> SchemaDiscovered.TYPE.equals(
                        response.extract().path("lastEventType")));
    }

    /** Publishes what discovery publishes for a migration whose source has three tables; returns the last event. */
    private static EventEnvelope discover(UUID migration, String tenant) throws Exception {
        ConnectionInfo db = new ConnectionInfo("postgresql", "127.0.0.1", 5432, "shop", "u");
        EventEnvelope created = EventEnvelope.of(new MigrationCreated("shop", db, db, Map.of()), migration, tenant,
                Producers.DISCOVERY, null);
        EventEnvelope started = EventEnvelope.of(new DiscoveryStarted("postgresql"), migration, tenant,
                Producers.DISCOVERY, created.eventId());
        EventEnvelope discovered = EventEnvelope.of(new SchemaDiscovered("/api/v1/migrations/" + migration
                + "/catalog", 1, 3, 12, 900, "sha256:0", 0, 2), migration, tenant, Producers.DISCOVERY,
                created.eventId());
        send(created);
        send(started);
        send(discovered);
        return discovered;
    }

    private static void send(EventEnvelope event) throws Exception {
        EventPublisher.publish(event);
    }
}

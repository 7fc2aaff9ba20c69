package ai.dflux.executor.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.Producers;
import ai.dflux.contracts.events.SchemaConverted;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.EventPublisher;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A replication whose plan cannot be loaded (no discovery-service here) is retried with a growing pause and, once its
 * failures have lasted {@code give-up-after}, fails the migration with a reason and a message naming the cause.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
@TestProfile(ReplicationGivesUpIT.ShortPatience.class)
class ReplicationGivesUpIT {

    public static class ShortPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dflux.executor.give-up-after", "3s", "dflux.executor.max-backoff", "1s");
        }
    }

    @Test
    void aReplicationThatKeepsFailingFailsTheMigrationWithItsReason() throws Exception {
        UUID id = UUID.randomUUID();
        ConnectionInfo db = new ConnectionInfo("postgresql", "127.0.0.1", 5432, "shop", "u");
        EventEnvelope created = EventEnvelope.of(new MigrationCreated("shop", db, db, Map.of()), id, "tenant-g",
                Producers.DISCOVERY, null);
        EventPublisher.publish(created);
        EventPublisher.publish(EventEnvelope.of(new SchemaConverted(1, "/api/v1/migrations/" + id + "/conversion",
                "sha256:a", "sha256:b", Map.of("AUTO", 3), 0, true), id, "tenant-g", "compatibility-service",
                created.eventId()));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .untilAsserted(() -> given().auth().oauth2(TestTokens.forTenant("tenant-g"))
                        .get("/api/v1/migrations/{id}/replication", id).then().statusCode(200)
                        .body("replication.state", equalTo("FAILED"))
                        .body("replication.lastError", containsString("discovery-service")));

        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                PreparedStatement q = c.prepareStatement("SELECT envelope FROM executor.outbox"
                        + " WHERE migration_id = ? AND event_type = 'MigrationFailed'")) {
            q.setObject(1, id);
            try (ResultSet rows = q.executeQuery()) {
                assertThat(rows.next()).as("MigrationFailed is published").isTrue();
                assertThat(rows.getString(1)).contains("CATALOG_UNAVAILABLE").contains("discovery-service");
            }
        }
    }
}

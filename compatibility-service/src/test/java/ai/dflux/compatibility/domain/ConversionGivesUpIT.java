package ai.dflux.compatibility.domain;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.Producers;
import ai.dflux.contracts.events.SchemaDiscovered;
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
 * A conversion whose catalog cannot be fetched (no discovery-service here, and no agent token configured) is retried
 * and then gives up: the migration fails with {@code CATALOG_UNAVAILABLE} and a message that names the cause.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
@TestProfile(ConversionGivesUpIT.ShortPatience.class)
class ConversionGivesUpIT {

    public static class ShortPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dflux.compatibility.give-up-after", "3s", "dflux.compatibility.max-backoff", "1s");
        }
    }

    @Test
    void aCatalogThatCannotBeFetchedFailsTheMigrationAfterRetrying() throws Exception {
        UUID migration = UUID.randomUUID();
        ConnectionInfo db = new ConnectionInfo("postgresql", "127.0.0.1", 5432, "shop", "u");
        EventEnvelope created = EventEnvelope.of(new MigrationCreated("shop", db, db, Map.of()), migration,
                "tenant-g", Producers.DISCOVERY, null);
        EventPublisher.publish(created);
        EventPublisher.publish(EventEnvelope.of(new SchemaDiscovered("/api/v1/migrations/" + migration + "/catalog",
                1, 3, 12, 900, "sha256:0", 0, 0), migration, "tenant-g", Producers.DISCOVERY, created.eventId()));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .untilAsserted(() -> given().auth().oauth2(TestTokens.forTenant("tenant-g"))
                        .get("/api/v1/migrations/{id}/conversion", migration).then().statusCode(200)
                        .body("status", equalTo("MIGRATION_FAILED"))
                        .body("failureReason", equalTo("CATALOG_UNAVAILABLE")));
        given().auth().oauth2(TestTokens.forTenant("tenant-g")).get("/api/v1/migrations/{id}/conversion", migration)
                .then().body("lastEventType", equalTo("MigrationFailed"))
                .body("detail", containsString("CATALOG_UNAVAILABLE"));
        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                PreparedStatement query = c.prepareStatement("select state, attempts, last_error from"
                        + " compatibility.conversion_job where migration_id = ?")) {
            query.setObject(1, migration);
            try (ResultSet job = query.executeQuery()) {
                org.assertj.core.api.Assertions.assertThat(job.next()).isTrue();
                org.assertj.core.api.Assertions.assertThat(job.getString(1)).isEqualTo("FAILED");
                org.assertj.core.api.Assertions.assertThat(job.getInt(2)).isGreaterThan(1);
                org.assertj.core.api.Assertions.assertThat(job.getString(3)).contains("agent-token");
            }
        }
    }
}

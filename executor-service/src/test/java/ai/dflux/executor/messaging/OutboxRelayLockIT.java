package ai.dflux.executor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.events.MigrationPaused;
import ai.dflux.service.outbox.Outbox;
import ai.dflux.service.outbox.OutboxRelay;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay publishes only under its advisory lock: while another replica of the service holds it (played here
 * by a transaction of the test's own), the rows wait, and they go out once it is released.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class OutboxRelayLockIT {

    @Inject
    Outbox outbox;

    @Test
    void rowsWaitWhileAnotherReplicaRelaysAndGoOutOnceItIsDone() throws Throwable {
        UUID migration = UUID.randomUUID();
        try (Connection otherReplica = controlPlane(); Statement s = otherReplica.createStatement()) {
            otherReplica.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(hashtext('" + OutboxRelay.LOCK_NAME + "executor'))");

            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.publish(
                    new MigrationPaused("REQUESTED", "paused for the lock test"), migration, "tenant-o", null)));
            await("several relay rounds").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200)).until(() -> !published(migration));

            otherReplica.commit();
        }
        await("published once the lock is free").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> published(migration));
    }

    private static Connection controlPlane() throws SQLException {
        return ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
    }

    private static boolean published(UUID migration) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement query = c.prepareStatement(
                "SELECT published_at IS NOT NULL FROM executor.outbox WHERE migration_id = ?")) {
            query.setObject(1, migration);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getBoolean(1);
            }
        }
    }
}

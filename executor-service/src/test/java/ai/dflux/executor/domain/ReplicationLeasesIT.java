package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A replication runs in one executor replica at a time: the lease on its record passes to another replica only once it
 * has run out unrenewed, and the replica that lost it learns so at its next renewal. Two more replicas are played here
 * by {@link ReplicationLeases} of other names over the same control plane as this one's worker.
 */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ReplicationLeasesIT {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    ReplicationLeases leases;

    @Inject
    ReplicationRunner runner;

    @Test
    void aLeasePassesToAnotherReplicaOnlyOnceItRanOutAndItsFormerHolderLearnsItLostIt() throws Throwable {
        UUID id = insert("COPYING", "now() + interval '1 day'", null, null); // not due: the worker leaves it alone
        ReplicationLeases first = new ReplicationLeases("replica-a", MINUTE);
        ReplicationLeases second = new ReplicationLeases("replica-b", MINUTE);

        assertThat(resultOf(() -> first.claim(id))).isTrue();
        assertThat(resultOf(() -> second.claim(id))).as("held by replica-a for a minute").isFalse();
        assertThat(resultOf(() -> first.claim(id))).as("its holder claims it again").isTrue();
        assertThat(resultOf(() -> first.renew(Set.of(id)))).as("nothing lost").isEmpty();
        assertThat(ownerOf(id)).isEqualTo("replica-a");

        runOutLease(id);
        assertThat(resultOf(() -> second.claim(id))).as("a lease that ran out passes on").isTrue();
        assertThat(resultOf(() -> first.renew(Set.of(id)))).as("replica-a must halt it").containsExactly(id);
        assertThat(resultOf(() -> first.claim(id))).isFalse();

        assertThat(resultOf(() -> second.releaseAllBut(Set.of()))).isGreaterThanOrEqualTo(1);
        assertThat(ownerOf(id)).isNull();
        assertThat(resultOf(() -> first.claim(id))).as("a released lease is free at once").isTrue();
    }

    @Test
    void releasingKeepsTheLeasesOfTheReplicationsStillRunning() throws Throwable {
        UUID ended = insert("COPYING", "now() + interval '1 day'", null, null);
        UUID stillRunning = insert("COPYING", "now() + interval '1 day'", null, null);
        ReplicationLeases replica = new ReplicationLeases("replica-c", MINUTE);
        assertThat(resultOf(() -> replica.claim(ended))).isTrue();
        assertThat(resultOf(() -> replica.claim(stillRunning))).isTrue();

        assertThat(resultOf(() -> replica.releaseAllBut(Set.of(stillRunning)))).isEqualTo(1);

        assertThat(ownerOf(ended)).isNull();
        assertThat(ownerOf(stillRunning)).isEqualTo("replica-c");
    }

    /**
     * No discovery runs here, so the replication this worker starts fails at once and waits for its next attempt; the
     * lease is what shows the worker took it.
     */
    @Test
    void theWorkerLeavesADueReplicationAnotherReplicaHoldsAndTakesItOverOnceTheLeaseRanOut() throws Exception {
        UUID id = insert("COPYING", "now()", "replica-elsewhere", "now() + interval '1 hour'");
        try {
            await("several passes of the worker").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !runner.isRunning(id) && attempts(id) == 0 && "replica-elsewhere".equals(ownerOf(id)));

            runOutLease(id);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> leases.owner().equals(ownerOf(id)));
            await("its first attempt").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> attempts(id) > 0);
        } finally {
            stop(id);
        }
    }

    private static <T> T resultOf(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    private static Connection controlPlane() throws SQLException {
        return ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
    }

    private static UUID insert(String state, String notBefore, String owner, String leaseUntil) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = controlPlane(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " executor.replication (migration_id, tenant_id, state, manual_start, converted_revision,"
                + " applied_revision, source_cleaned, rows_copied, bytes_copied, attempts, not_before, updated_at,"
                + " deleted, owner, lease_until) VALUES (?, 'tenant-lease', ?, false, 1, 1, true, 0, 0, 0, " + notBefore
                + ", now(), false, ?, " + (leaseUntil == null ? "NULL" : leaseUntil) + ")")) {
            insert.setObject(1, id);
            insert.setString(2, state);
            insert.setString(3, owner);
            insert.executeUpdate();
        }
        return id;
    }

    private static void runOutLease(UUID id) throws SQLException {
        update(id, "lease_until = now() - interval '1 second'");
    }

    /** Out of every worker's reach afterwards: stopped, with nothing on a source to clean. */
    private static void stop(UUID id) throws SQLException {
        update(id, "state = 'STOPPED', source_cleaned = true");
    }

    private static void update(UUID id, String set) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement update = c.prepareStatement(
                "UPDATE executor.replication SET " + set + " WHERE migration_id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    private static String ownerOf(UUID id) throws SQLException {
        return column(id, "owner");
    }

    private static int attempts(UUID id) throws SQLException {
        return Integer.parseInt(column(id, "attempts::text"));
    }

    private static String column(UUID id, String column) throws SQLException {
        try (Connection c = controlPlane(); PreparedStatement query = c.prepareStatement(
                "SELECT " + column + " FROM executor.replication WHERE migration_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("replication row of %s", id).isTrue();
                return rows.getString(1);
            }
        }
    }
}

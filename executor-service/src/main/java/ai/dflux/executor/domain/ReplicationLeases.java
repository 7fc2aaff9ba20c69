package ai.dflux.executor.domain;

import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.persistence.ReplicationEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The claims of one executor replica on the replications it runs or cleans up, kept on their records: a replication
 * runs in one replica at a time, since two copies or two appliers of one migration would write the same rows in a
 * different order. A claim holds for the lease duration and is renewed at every poll; another replica takes a
 * replication over only once its claim has run out. Times are this host's clock; the replicas' clocks must agree to
 * well within the lease duration.
 */
@Singleton
public class ReplicationLeases {

    private final String owner;
    private final Duration duration;
    private final Clock clock;
    private volatile Instant lastRenewed;

    /** Holds leases under the name from the settings, or this host's name and HTTP port. */
    @Inject
    public ReplicationLeases(ExecutorConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort) {
        this(config.instanceId().orElseGet(() -> hostName() + ":" + httpPort), config.leaseDuration());
    }

    ReplicationLeases(String owner, Duration duration) {
        this(owner, duration, Clock.systemUTC());
    }

    /** Holds leases whose lapse is reckoned by the clock given: a test moves it instead of waiting. */
    ReplicationLeases(String owner, Duration duration, Clock clock) {
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
        this.lastRenewed = clock.instant();
    }

    public String owner() {
        return owner;
    }

    /** Claims the replication for this replica unless another holds a claim that has not run out. */
    public Uni<Boolean> claim(UUID migrationId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ReplicationEntity.update("owner = ?1, leaseUntil = ?2 where migrationId = ?3"
                + " and (owner is null or owner = ?1 or leaseUntil < ?4)", owner, now.plus(duration), migrationId, now))
                .map(claimed -> claimed == 1);
    }

    /**
     * Renews this replica's claims on the replications it runs; returns those it no longer holds (another replica
     * took them over, or the record is gone), which must halt here.
     */
    public Uni<Set<UUID>> renew(Set<UUID> running) {
        if (running.isEmpty()) {
            lastRenewed = clock.instant();
            return Uni.createFrom().item(Set.of());
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ReplicationEntity.update("leaseUntil = ?1 where owner = ?2"
                + " and migrationId in ?3", now.plus(duration), owner, running)
                .chain(renewed -> renewed == running.size() ? Uni.createFrom().item(Set.<UUID>of()) : lost(running)))
                .invoke(() -> lastRenewed = now);
    }

    /** Which of the replications running here this replica holds no lease on; asked only when a renewal fell short. */
    private Uni<Set<UUID>> lost(Set<UUID> running) {
        return ReplicationEntity.<ReplicationEntity>list("owner = ?1 and migrationId in ?2", owner, running)
                .map(held -> {
                    Set<UUID> lost = new HashSet<>(running);
                    lost.removeAll(held.stream().map(row -> row.migrationId).collect(Collectors.toSet()));
                    return lost;
                });
    }

    /**
     * Whether the claims may be running out unrenewed: half the lease duration has passed since the last renewal. The
     * replications must then halt before another replica may take them over.
     */
    public boolean mayHaveLapsed() {
        return clock.instant().isAfter(lastRenewed.plus(duration.dividedBy(2)));
    }

    /** Gives up this replica's claims but on the replications still running here, for another replica to take. */
    public Uni<Integer> releaseAllBut(Set<UUID> stillRunning) {
        return Panache.withTransaction(() -> stillRunning.isEmpty()
                ? ReplicationEntity.update("owner = null, leaseUntil = null where owner = ?1", owner)
                : ReplicationEntity.update("owner = null, leaseUntil = null where owner = ?1 and migrationId not in ?2",
                        owner, stillRunning));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null ? "executor" : fromEnvironment;
        }
    }
}

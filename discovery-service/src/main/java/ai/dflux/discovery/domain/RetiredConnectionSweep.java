package ai.dflux.discovery.domain;

import ai.dflux.discovery.config.DiscoveryConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets the connections of migrations deleted longer ago than the retention: by then the Executor has cleaned their
 * sources or cannot, and a password is not kept for ever.
 */
@ApplicationScoped
public class RetiredConnectionSweep {

    private static final Logger LOG = Logger.getLogger(RetiredConnectionSweep.class);

    private final MigrationRegistry registry;
    private final DiscoveryConfig config;

    public RetiredConnectionSweep(MigrationRegistry registry, DiscoveryConfig config) {
        this.registry = registry;
        this.config = config;
    }

    @Scheduled(every = "${dflux.discovery.retired-connection-sweep:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> sweep() {
        return registry.forgetRetiredBefore(Instant.now().minus(config.retiredConnectionRetention()))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.warnf("forgot the connections of %d migrations deleted more than %s ago; if the Executor"
                                + " never cleaned their sources, drop their slots and publications dflux_<id> by hand",
                                count, config.retiredConnectionRetention());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("sweeping retired connections failed (next round retries): %s",
                        e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}

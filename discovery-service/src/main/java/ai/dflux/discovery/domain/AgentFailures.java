package ai.dflux.discovery.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.contracts.events.Producers;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.MigrationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the registry's phase true when another agent fails a migration (a conversion that gave up): the registry
 * moves to {@code FAILED} with that agent's reason and message, as the timeline already shows.
 */
@ApplicationScoped
public class AgentFailures {

    private final MigrationRepository migrations;

    public AgentFailures(MigrationRepository migrations) {
        this.migrations = migrations;
    }

    /** Applies {@code event} if it is another agent's {@code MigrationFailed}. Call inside a transaction. */
    public Uni<Void> follow(EventEnvelope event) {
        if (!(event.payload() instanceof MigrationFailed failed) || Producers.DISCOVERY.equals(event.producer())) {
            return Uni.createFrom().voidItem();
        }
        return MigrationEntity.<MigrationEntity>findById(event.migrationId()).chain(migration -> {
            if (migration == null || !migration.tenantId.equals(event.tenantId())) {
                return Uni.createFrom().voidItem();
            }
            Phase phase = Phase.valueOf(migration.phase);
            if (!phase.allows(Phase.FAILED)) {
                return Uni.createFrom().voidItem();
            }
            return migrations.move(migration.id, phase, Phase.FAILED, failed.reason().name(),
                    event.producer() + ": " + failed.message());
        });
    }
}

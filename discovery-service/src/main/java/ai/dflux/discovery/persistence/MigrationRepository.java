package ai.dflux.discovery.persistence;

import ai.dflux.contracts.Phase;
import ai.dflux.discovery.domain.IllegalMove;
import ai.dflux.discovery.domain.StaleMove;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Reads migrations scoped by tenant and is the only writer of their phase. */
@ApplicationScoped
public class MigrationRepository implements PanacheRepositoryBase<MigrationEntity, UUID> {

    private static final Logger LOG = Logger.getLogger(MigrationRepository.class);

    public Uni<MigrationEntity> findForTenant(UUID id, String tenantId) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<List<MigrationEntity>> listForTenant(String tenantId) {
        return list("tenantId = ?1 order by createdAt desc, id", tenantId);
    }

    /**
     * Moves a migration from the phase it is expected to be in to the next. An illegal move, or one that lost a race
     * with another writer, fails instead of overwriting the phase.
     */
    public Uni<Void> move(UUID id, Phase from, Phase to, String reason, String message) {
        if (!from.allows(to)) {
            return Uni.createFrom().failure(new IllegalMove(from, to));
        }
        return update("phase = ?1, failureReason = ?2, failureMessage = ?3, updatedAt = ?4 where id = ?5 and phase = ?6",
                to.name(), reason, message, Instant.now(), id, from.name())
                .invoke(updated -> {
                    if (updated != 1) {
                        throw new StaleMove(id, from, to);
                    }
                    LOG.infof("migration %s: %s -> %s%s", id, from, to, reason == null ? "" : " (" + reason + ")");
                })
                .replaceWithVoid();
    }
}

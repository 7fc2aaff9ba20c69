package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.discovery.persistence.CatalogEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Keeps the latest catalog of each migration with its fingerprint and findings. */
@ApplicationScoped
public class CatalogStore {

    /** Replaces the stored catalog of a migration. Call inside a transaction. */
    public Uni<Void> save(UUID migrationId, DiscoveryOutcome.Discovered discovered) {
        return CatalogEntity.<CatalogEntity>findById(migrationId).chain(found -> {
            CatalogEntity stored = found != null ? found : new CatalogEntity();
            stored.migrationId = migrationId;
            stored.catalog = EventCodec.json(discovered.catalog());
            stored.fingerprint = discovered.fingerprint();
            stored.findings = EventCodec.json(discovered.findings());
            stored.readAt = Instant.now();
            return stored.persist();
        }).replaceWithVoid();
    }

    /** The stored catalog of a migration, or null. Call inside a session. */
    public Uni<CatalogEntity> find(UUID migrationId) {
        return CatalogEntity.findById(migrationId);
    }

    public static Catalog catalogOf(CatalogEntity stored) {
        try {
            return EventCodec.mapper().readValue(stored.catalog, Catalog.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored catalog of migration " + stored.migrationId
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}

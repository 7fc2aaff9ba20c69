package ai.dflux.discovery.domain;

import ai.dflux.contracts.events.FailureReason;
import ai.dflux.discovery.persistence.MigrationEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the catalog of a migration's source with its stored credentials. Blocking: call it off the event loop. */
@ApplicationScoped
public class SourceOfMigration {

    private final MigrationRegistry registry;
    private final SourceCatalogs catalogs;

    public SourceOfMigration(MigrationRegistry registry, SourceCatalogs catalogs) {
        this.registry = registry;
        this.catalogs = catalogs;
    }

    public DiscoveryOutcome read(MigrationEntity migration) {
        DatabaseConnection source;
        try {
            source = registry.sourceOf(migration);
        } catch (RuntimeException e) {
            return new DiscoveryOutcome.Failed(new SourceFailure(FailureReason.CREDENTIALS_UNREADABLE,
                    "the stored source credentials cannot be opened: " + e.getMessage()));
        }
        return catalogs.read(source);
    }
}

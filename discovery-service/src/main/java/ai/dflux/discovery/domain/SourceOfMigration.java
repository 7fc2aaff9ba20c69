package ai.dflux.discovery.domain;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.events.FailureReason;
import ai.dflux.discovery.domain.findings.Findings;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.SourceScriptEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the catalog of a migration's source: a live database with its stored credentials, or the stored schema
 * script of an Oracle source. The reading runs off the event loop; the result comes back on the caller's context.
 */
@ApplicationScoped
public class SourceOfMigration {

    private final MigrationRegistry registry;
    private final SourceCatalogs catalogs;
    private final Vertx vertx;

    public SourceOfMigration(MigrationRegistry registry, SourceCatalogs catalogs, Vertx vertx) {
        this.registry = registry;
        this.catalogs = catalogs;
        this.vertx = vertx;
    }

    public Uni<DiscoveryOutcome> read(MigrationEntity migration) {
        if (Dialect.parse(migration.sourceDialect).orElse(null) == Dialect.ORACLE) {
            return Panache.withSession(() -> SourceScriptEntity.<SourceScriptEntity>findById(migration.id))
                    .chain(script -> vertx.executeBlocking(Uni.createFrom().item(() -> readScript(script))));
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> readDatabase(migration)));
    }

    private DiscoveryOutcome readDatabase(MigrationEntity migration) {
        DatabaseConnection source;
        try {
            source = registry.sourceOf(migration);
        } catch (RuntimeException e) {
            return new DiscoveryOutcome.Failed(new SourceFailure(FailureReason.CREDENTIALS_UNREADABLE,
                    "the stored source credentials cannot be opened: " + e.getMessage()));
        }
        return catalogs.read(source);
    }

    private static DiscoveryOutcome readScript(SourceScriptEntity script) {
        if (script == null) {
            return new DiscoveryOutcome.Failed(new SourceFailure(FailureReason.SOURCE_SCRIPT_INVALID,
                    "the migration has no stored schema script"));
        }
        try {
            Catalog catalog = new OracleScriptCatalogReader().read(script.name, script.script);
            return new DiscoveryOutcome.Discovered(catalog, CatalogFingerprint.of(catalog), Findings.of(catalog));
        } catch (IllegalArgumentException e) {
            return new DiscoveryOutcome.Failed(new SourceFailure(FailureReason.SOURCE_SCRIPT_INVALID,
                    e.getMessage()));
        }
    }
}

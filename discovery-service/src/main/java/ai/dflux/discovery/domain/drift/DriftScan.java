package ai.dflux.discovery.domain.drift;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.Phase;
import ai.dflux.contracts.catalog.SchemaChange;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.SchemaDriftDetected;
import ai.dflux.discovery.domain.CatalogStore;
import ai.dflux.discovery.domain.DiscoveryOutcome;
import ai.dflux.discovery.domain.SourceOfMigration;
import ai.dflux.discovery.persistence.CatalogEntity;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.MigrationRepository;
import ai.dflux.discovery.persistence.SchemaDriftEntity;
import ai.dflux.service.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Reads the source of each running migration again, on a schedule and on request, and when its fingerprint changed
 * stores the new catalog and publishes {@link SchemaDriftDetected} with the structured diff, in one transaction.
 */
@ApplicationScoped
public class DriftScan {

    /** Phases in which the source is watched: discovered, and not yet finished or abandoned. */
    public static final List<String> WATCHED_PHASES = List.of(Phase.CONVERTING.name(), Phase.COPYING.name(),
            Phase.STREAMING.name(), Phase.PAUSED.name(), Phase.CUTTING_OVER.name());

    private static final Logger LOG = Logger.getLogger(DriftScan.class);

    private final MigrationRepository migrations;
    private final SourceOfMigration sources;
    private final CatalogStore catalogs;
    private final Outbox outbox;
    private final MeterRegistry meters;
    private final Set<UUID> scanning = ConcurrentHashMap.newKeySet();

    public DriftScan(MigrationRepository migrations, SourceOfMigration sources, CatalogStore catalogs, Outbox outbox,
            MeterRegistry meters) {
        this.migrations = migrations;
        this.sources = sources;
        this.catalogs = catalogs;
        this.outbox = outbox;
        this.meters = meters;
    }

    @Scheduled(every = "${dflux.discovery.drift-interval:60s}", delayed = "${dflux.discovery.drift-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scanAll() {
        // An Oracle source is a script stored once: reading it again could never show drift.
        return Panache.withSession(() -> migrations.list("phase in ?1 and sourceDialect <> ?2", WATCHED_PHASES,
                        Dialect.ORACLE.id()))
                .onItem().transformToMulti(all -> Multi.createFrom().iterable(all))
                .onItem().transformToUniAndConcatenate(migration -> scan(migration).onFailure().recoverWithItem(e -> {
                    LOG.warnf("drift scan of migration %s failed: %s", migration.id, e.toString());
                    return DriftResult.of("SCAN_FAILED", e.getMessage());
                }))
                .collect().asList()
                .onFailure().invoke(e -> LOG.warnf("drift scan round failed (next round retries): %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Reads the migration's source again and reports (and publishes) what changed since the stored catalog. */
    public Uni<DriftResult> scan(MigrationEntity migration) {
        if (!scanning.add(migration.id)) {
            return Uni.createFrom().item(DriftResult.of("BUSY", "a scan of this migration's source is running"));
        }
        return sources.read(migration)
                .chain(outcome -> outcome instanceof DiscoveryOutcome.Discovered discovered
                        ? Panache.withTransaction(() -> compare(migration, discovered))
                        : Uni.createFrom().item(failed(migration, (DiscoveryOutcome.Failed) outcome)))
                .invoke(result -> {
                    if ("DRIFTED".equals(result.status())) {
                        meters.counter("dflux.drift.detected", "migration", migration.id.toString(), "tenant",
                                migration.tenantId).increment();
                    }
                })
                .eventually(() -> scanning.remove(migration.id));
    }

    private DriftResult failed(MigrationEntity migration, DiscoveryOutcome.Failed failed) {
        meters.counter("dflux.drift.scan.failures", "migration", migration.id.toString(), "tenant",
                migration.tenantId).increment();
        return DriftResult.of("SCAN_FAILED", failed.failure().message());
    }

    private Uni<DriftResult> compare(MigrationEntity migration, DiscoveryOutcome.Discovered now) {
        return catalogs.find(migration.id).chain(stored -> {
            if (stored == null) {
                return Uni.createFrom().item(DriftResult.of("NOT_DISCOVERED", "the source was never discovered"));
            }
            if (now.catalog().partial()) {
                // What could not be read this time would look removed: compare only complete reads.
                return Uni.createFrom().item(DriftResult.of("SCAN_FAILED", "the source could be read only in part: "
                        + String.join("; ", now.catalog().problems())));
            }
            if (stored.fingerprint.equals(now.fingerprint())) {
                return Uni.createFrom().item(new DriftResult("UNCHANGED", stored.fingerprint, now.fingerprint(),
                        List.of(), "the schema is as discovered"));
            }
            List<SchemaChange> changes = CatalogDiff.between(CatalogStore.catalogOf(stored), now.catalog());
            return record(migration, stored, now, changes)
                    .replaceWith(new DriftResult("DRIFTED", stored.fingerprint, now.fingerprint(), changes,
                            changes.size() + " change(s)"));
        });
    }

    private Uni<Void> record(MigrationEntity migration, CatalogEntity stored, DiscoveryOutcome.Discovered now,
            List<SchemaChange> changes) {
        SchemaDriftEntity drift = new SchemaDriftEntity();
        drift.migrationId = migration.id;
        drift.detectedAt = Instant.now();
        drift.previousFingerprint = stored.fingerprint;
        drift.fingerprint = now.fingerprint();
        drift.changes = EventCodec.json(changes);
        SchemaDriftDetected event = new SchemaDriftDetected(stored.fingerprint, now.fingerprint(),
                count(changes, SchemaChange.ADDED), count(changes, SchemaChange.REMOVED),
                count(changes, SchemaChange.CHANGED),
                changes.subList(0, Math.min(changes.size(), SchemaDriftDetected.MAX_INLINE_CHANGES)),
                changes.size() > SchemaDriftDetected.MAX_INLINE_CHANGES,
                "/api/v1/migrations/" + migration.id + "/drift");
        LOG.infof("schema drift in migration %s: %d change(s)", migration.id, changes.size());
        return drift.persist()
                .chain(() -> catalogs.save(migration.id, now))
                .chain(() -> outbox.publish(event, migration.id, migration.tenantId, null))
                .replaceWithVoid();
    }

    private static int count(List<SchemaChange> changes, String change) {
        return (int) changes.stream().filter(c -> c.change().equals(change)).count();
    }
}

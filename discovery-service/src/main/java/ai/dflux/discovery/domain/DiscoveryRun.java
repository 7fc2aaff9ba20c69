package ai.dflux.discovery.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.contracts.events.DiscoveryStarted;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.contracts.events.SchemaDiscovered;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.MigrationRepository;
import ai.dflux.service.config.ServiceConfig;
import ai.dflux.service.inbox.EventIntake;
import ai.dflux.service.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs discovery for a new migration: CREATED to DISCOVERING, read the source catalog off the event loop, then store it
 * and announce it (or the failure) in one transaction that also marks the triggering event processed. A crash at any
 * point leaves the event unprocessed, so its redelivery picks the run up again.
 */
@ApplicationScoped
public class DiscoveryRun {

    private final MigrationRepository migrations;
    private final SourceOfMigration sources;
    private final CatalogStore catalogs;
    private final Timeline timeline;
    private final Outbox outbox;
    private final EventIntake intake;
    private final MeterRegistry meters;
    private final ServiceConfig service;

    public DiscoveryRun(MigrationRepository migrations, SourceOfMigration sources, CatalogStore catalogs,
            Timeline timeline, Outbox outbox, EventIntake intake, MeterRegistry meters,
            ServiceConfig service) {
        this.catalogs = catalogs;
        this.service = service;
        this.migrations = migrations;
        this.sources = sources;
        this.timeline = timeline;
        this.outbox = outbox;
        this.intake = intake;
        this.meters = meters;
    }

    public Uni<Void> onMigrationCreated(EventEnvelope created) {
        return Panache.withTransaction(() -> intake.isProcessed(created.eventId())
                        .chain(done -> done ? Uni.createFrom().item(Optional.<MigrationEntity>empty()) : begin(created)))
                .chain(migration -> migration.isEmpty() ? Uni.createFrom().voidItem() : discover(created, migration.get()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(service.intakeRetries());
    }

    private Uni<Optional<MigrationEntity>> begin(EventEnvelope created) {
        return timeline.record(created)
                .chain(() -> migrations.findById(created.migrationId()))
                .chain(migration -> {
                    if (migration == null) {
                        return intake.markProcessed(created).replaceWith(Optional.<MigrationEntity>empty());
                    }
                    Uni<Void> started = Phase.CREATED.name().equals(migration.phase)
                            ? migrations.move(migration.id, Phase.CREATED, Phase.DISCOVERING, null, null)
                                    .chain(() -> outbox.publish(new DiscoveryStarted(migration.sourceDialect),
                                            migration.id, migration.tenantId, created.eventId()))
                                    .replaceWithVoid()
                            : Uni.createFrom().voidItem();
                    return started.replaceWith(Optional.of(migration));
                });
    }

    private Uni<Void> discover(EventEnvelope created, MigrationEntity migration) {
        Timer.Sample sample = Timer.start(meters);
        return sources.read(migration)
                // Re-read: the migration may have been deleted or moved while the source was being read.
                .chain(outcome -> Panache.withTransaction(() -> migrations.findById(created.migrationId())
                        .chain(current -> current == null || !Phase.DISCOVERING.name().equals(current.phase)
                                ? Uni.createFrom().voidItem()
                                : finish(created, current, outcome))
                        .chain(() -> intake.markProcessed(created)))
                        .invoke(() -> sample.stop(meters.timer("dflux.discovery.duration", "migration",
                                created.migrationId().toString(), "tenant", created.tenantId(), "outcome",
                                outcome instanceof DiscoveryOutcome.Discovered ? "discovered" : "failed"))));
    }

    private Uni<Void> finish(EventEnvelope created, MigrationEntity migration, DiscoveryOutcome outcome) {
        if (outcome instanceof DiscoveryOutcome.Discovered discovered) {
            var catalog = discovered.catalog();
            var event = new SchemaDiscovered("/api/v1/migrations/" + migration.id + "/catalog", catalog.schemaCount(),
                    catalog.tables().size(), catalog.columnCount(), catalog.rowEstimate(), discovered.fingerprint(),
                    count(discovered.findings(), Severity.BLOCKER), count(discovered.findings(), Severity.WARNING));
            return catalogs.save(migration.id, discovered)
                    .chain(() -> migrations.move(migration.id, Phase.DISCOVERING, Phase.CONVERTING, null, null))
                    .chain(() -> outbox.publish(event, migration.id, migration.tenantId, created.eventId()))
                    .replaceWithVoid();
        }
        SourceFailure failure = ((DiscoveryOutcome.Failed) outcome).failure();
        return migrations.move(migration.id, Phase.DISCOVERING, Phase.FAILED, failure.reason().name(),
                        failure.message())
                .chain(() -> outbox.publish(new MigrationFailed(failure.reason(), Phase.DISCOVERING.name(),
                        failure.message()), migration.id, migration.tenantId, created.eventId()))
                .replaceWithVoid();
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}

package ai.dflux.service.tracking;

import ai.dflux.contracts.PhaseOfEvents;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.MigrationDeleted;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.contracts.events.SchemaDiscovered;
import ai.dflux.service.api.MigrationNotFound;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps an agent's {@link TrackedMigration} rows in step with the events it consumes. */
@ApplicationScoped
public class MigrationTracker {

    private static final Logger LOG = Logger.getLogger(MigrationTracker.class);

    private final MeterRegistry registry;
    private final Map<UUID, AtomicLong> eventsSeen = new ConcurrentHashMap<>();

    public MigrationTracker(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Applies one event to the migration's row. Call inside the transaction that records the event as processed. */
    public Uni<Void> record(EventEnvelope event) {
        if (event.payload() instanceof MigrationDeleted) {
            return TrackedMigration.delete("migrationId", event.migrationId())
                    .invoke(() -> forget(event.migrationId())).replaceWithVoid();
        }
        return TrackedMigration.<TrackedMigration>findById(event.migrationId())
                .chain(found -> {
                    if (found == null && !(event.payload() instanceof MigrationCreated)) {
                        // A deleted migration's late event, or one whose creation this agent never saw: not kept.
                        LOG.debugf("ignoring %s of unknown migration %s", event.type(), event.migrationId());
                        return Uni.createFrom().voidItem();
                    }
                    TrackedMigration row = found != null ? found : newRow(event);
                    apply(row, event);
                    return row.<TrackedMigration>persist().invoke(saved -> gauge(saved).set(saved.eventsSeen))
                            .replaceWithVoid();
                });
    }

    /** The tenant's migration, or {@link MigrationNotFound} when it is unknown or another tenant's. */
    public Uni<TrackedMigration> find(UUID migrationId, String tenantId) {
        return TrackedMigration.<TrackedMigration>find("migrationId = ?1 and tenantId = ?2", migrationId, tenantId)
                .firstResult()
                .onItem().ifNull().failWith(() -> new MigrationNotFound(migrationId));
    }

    /** The {@code dflux_tracked_events} gauge: how many events of the migration this agent has applied. */
    private AtomicLong gauge(TrackedMigration row) {
        return eventsSeen.computeIfAbsent(row.migrationId, id -> registry.gauge("dflux.tracked.events",
                Tags.of("migration", id.toString(), "tenant", row.tenantId), new AtomicLong()));
    }

    private void forget(UUID migrationId) {
        if (eventsSeen.remove(migrationId) != null) {
            registry.find("dflux.tracked.events").tag("migration", migrationId.toString()).meters()
                    .forEach(registry::remove);
        }
    }

    private static TrackedMigration newRow(EventEnvelope event) {
        TrackedMigration row = new TrackedMigration();
        row.migrationId = event.migrationId();
        row.tenantId = event.tenantId();
        row.phase = PhaseOfEvents.after(MigrationCreated.TYPE).orElseThrow().name();
        return row;
    }

    private static void apply(TrackedMigration row, EventEnvelope event) {
        row.lastEventType = event.type();
        row.lastEventAt = event.occurredAt();
        row.eventsSeen++;
        PhaseOfEvents.after(event.type()).ifPresent(phase -> row.phase = phase.name());
        if (event.payload() instanceof MigrationCreated created) {
            row.name = created.name();
            row.sourceDialect = created.source().dialect();
        } else if (event.payload() instanceof SchemaDiscovered discovered) {
            row.tablesDiscovered = discovered.tables();
            row.catalogRef = discovered.catalogRef();
        } else if (event.payload() instanceof MigrationFailed failed) {
            row.failureReason = failed.reason().name();
        }
    }
}

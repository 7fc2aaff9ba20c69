package ai.dflux.compatibility.messaging;

import ai.dflux.compatibility.domain.ConversionJobs;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationDeleted;
import ai.dflux.contracts.events.SchemaDiscovered;
import ai.dflux.contracts.events.SchemaDriftDetected;
import ai.dflux.service.inbox.EventIntake;
import ai.dflux.service.tracking.MigrationTracker;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Compatibility Agent's consumer: follows every migration, and queues a conversion when discovery has read a
 * catalog or found the source changed. The conversion itself runs in {@code ConversionWorker}, outside the consumer,
 * so a long proof never holds the partition.
 */
@ApplicationScoped
public class ConversionEvents {

    private final EventIntake intake;
    private final MigrationTracker tracker;
    private final ConversionJobs jobs;

    public ConversionEvents(EventIntake intake, MigrationTracker tracker, ConversionJobs jobs) {
        this.intake = intake;
        this.tracker = tracker;
        this.jobs = jobs;
    }

    @Incoming("events-in")
    public Uni<Void> consume(String record) {
        return intake.accept(record, event -> tracker.record(event).chain(() -> react(event)));
    }

    private Uni<Void> react(EventEnvelope event) {
        if (event.payload() instanceof SchemaDiscovered || event.payload() instanceof SchemaDriftDetected) {
            return jobs.request(event.migrationId(), event.tenantId(), event.type(), event.eventId());
        }
        if (event.payload() instanceof MigrationDeleted) {
            return jobs.forget(event.migrationId());
        }
        return Uni.createFrom().voidItem();
    }
}

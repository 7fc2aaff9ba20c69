package ai.dflux.executor.messaging;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.MigrationDeleted;
import ai.dflux.contracts.events.SchemaConverted;
import ai.dflux.executor.domain.ReplicationRunner;
import ai.dflux.executor.domain.Replications;
import ai.dflux.service.inbox.EventIntake;
import ai.dflux.service.tracking.MigrationTracker;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Executor Agent's consumer: follows every migration, makes it due for replication when its schema is converted,
 * and stops it (removing what it made on the source) when it is deleted. The copy and the stream themselves run in
 * {@code ReplicationRunner}, outside the consumer.
 */
@ApplicationScoped
public class ReplicationEvents {

    /** The {@code MigrationCreated} option asking for an explicit start through the API. */
    public static final String MANUAL_START = "manualStart";

    private final EventIntake intake;
    private final MigrationTracker tracker;
    private final Replications replications;
    private final ReplicationRunner runner;

    public ReplicationEvents(EventIntake intake, MigrationTracker tracker, Replications replications,
            ReplicationRunner runner) {
        this.intake = intake;
        this.tracker = tracker;
        this.replications = replications;
        this.runner = runner;
    }

    @Incoming("events-in")
    public Uni<Void> consume(String record) {
        return intake.accept(record, event -> tracker.record(event).chain(() -> react(event)));
    }

    private Uni<Void> react(EventEnvelope event) {
        if (event.payload() instanceof MigrationCreated created) {
            boolean manual = "true".equalsIgnoreCase(created.options().getOrDefault(MANUAL_START, "false"));
            boolean live = Dialect.parse(created.source().dialect()).map(Dialect::live).orElse(false);
            return replications.created(event.migrationId(), event.tenantId(), manual, live);
        }
        if (event.payload() instanceof SchemaConverted converted) {
            return replications.converted(event.migrationId(), event.tenantId(), converted.revision(),
                    event.eventId());
        }
        if (event.payload() instanceof MigrationDeleted) {
            return replications.deleted(event.migrationId())
                    .invoke(mustClean -> runner.deleted(event.migrationId(), event.tenantId(), mustClean))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}

package ai.dflux.service.tracking;

import ai.dflux.service.inbox.EventIntake;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The event consumer of an agent whose work has not been built beyond following its migrations: it records every
 * event in {@link TrackedMigration}. Enabled with the build property {@code dflux.service.tracking-consumer=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = "dflux.service.tracking-consumer", stringValue = "true")
public class TrackingConsumer {

    private final EventIntake intake;
    private final MigrationTracker tracker;

    public TrackingConsumer(EventIntake intake, MigrationTracker tracker) {
        this.intake = intake;
        this.tracker = tracker;
    }

    @Incoming("events-in")
    public Uni<Void> consume(String record) {
        return intake.accept(record, tracker::record);
    }
}

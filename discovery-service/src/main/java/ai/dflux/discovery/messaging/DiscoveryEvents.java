package ai.dflux.discovery.messaging;

import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.discovery.domain.AgentFailures;
import ai.dflux.discovery.domain.DiscoveryRun;
import ai.dflux.discovery.domain.Timeline;
import ai.dflux.service.inbox.EventIntake;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes in every migration event: a new migration starts discovery; every event joins its migration's timeline; another
 * agent's {@code MigrationFailed} moves the registry to {@code FAILED}.
 */
@ApplicationScoped
public class DiscoveryEvents {

    private final EventIntake intake;
    private final DiscoveryRun discovery;
    private final Timeline timeline;
    private final AgentFailures failures;

    public DiscoveryEvents(EventIntake intake, DiscoveryRun discovery, Timeline timeline, AgentFailures failures) {
        this.intake = intake;
        this.discovery = discovery;
        this.timeline = timeline;
        this.failures = failures;
    }

    @Incoming("events-in")
    public Uni<Void> consume(String record) {
        return intake.decode(record)
                .map(event -> event.payload() instanceof MigrationCreated
                        ? discovery.onMigrationCreated(event)
                        : intake.applyOnce(event, e -> timeline.record(e).chain(() -> failures.follow(e))))
                .orElse(Uni.createFrom().voidItem());
    }
}

package ai.dflux.executor.health;

import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a stream is stalled: behind the source and applying nothing for longer than
 * {@code dflux.executor.stall-after}, whether it is held up on purpose (waiting for the conversion of a source schema
 * change, copying tables the source added: the reason is named) or stuck. Traffic must not move to the target while
 * that lasts.
 */
@Readiness
@ApplicationScoped
public class StreamReadiness implements HealthCheck {

    private final ReplicationMetrics metrics;
    private final Duration stallAfter;

    @Inject
    public StreamReadiness(ReplicationMetrics metrics, ExecutorConfig config) {
        this(metrics, config.stallAfter());
    }

    StreamReadiness(ReplicationMetrics metrics, Duration stallAfter) {
        this.metrics = metrics;
        this.stallAfter = stallAfter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change streams").up();
        int streams = 0;
        for (ReplicationProgress progress : metrics.all()) {
            streams++;
            if (stalled(progress)) {
                String holdUp = progress.holdUpReason();
                response.down().withData(progress.migrationId().toString(), (holdUp == null ? "stalled" : holdUp)
                        + ": " + progress.stream().lagSeconds() + " s behind, nothing applied since "
                        + progress.lastProgressAt());
            }
        }
        return response.withData("replications", streams).build();
    }

    private boolean stalled(ReplicationProgress progress) {
        Duration idle = Duration.between(progress.lastProgressAt(), Instant.now());
        // an idle source's heartbeats keep the lag under a second while no row change arrives
        return progress.stream().lagSeconds() >= 1 && idle.compareTo(stallAfter) > 0;
    }
}

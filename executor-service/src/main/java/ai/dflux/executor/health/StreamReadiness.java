package ai.dflux.executor.health;

import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a stream is stalled: behind the source and applying nothing for longer than
 * {@code dflux.executor.stall-after}. Traffic must not move to the target while that lasts.
 */
@Readiness
@ApplicationScoped
public class StreamReadiness implements HealthCheck {

    private final ReplicationMetrics metrics;
    private final ExecutorConfig config;

    public StreamReadiness(ReplicationMetrics metrics, ExecutorConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change streams").up();
        int streams = 0;
        for (ReplicationProgress progress : metrics.all()) {
            streams++;
            if (stalled(progress)) {
                response.down().withData(progress.migrationId().toString(), "stalled: " + progress.stream()
                        .lagSeconds() + " s behind, nothing applied since " + progress.lastProgressAt());
            }
        }
        return response.withData("replications", streams).build();
    }

    private boolean stalled(ReplicationProgress progress) {
        Duration idle = Duration.between(progress.lastProgressAt(), Instant.now());
        // an idle source's heartbeats keep the lag under a second while no row change arrives
        return progress.stream().lagSeconds() >= 1 && idle.compareTo(config.stallAfter()) > 0;
    }
}

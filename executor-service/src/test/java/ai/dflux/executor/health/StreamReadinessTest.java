package ai.dflux.executor.health;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import ai.dflux.executor.domain.progress.StreamFigures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StreamReadinessTest {

    private final ReplicationMetrics metrics = new ReplicationMetrics(new SimpleMeterRegistry());
    private final UUID migration = UUID.randomUUID();

    @Test
    void aStreamCaughtUpIsReady() {
        metrics.begin(migration, "tenant-a").stream(figures(0.3));

        HealthCheckResponse response = new StreamReadiness(metrics, Duration.ZERO).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("replications", 1L);
    }

    @Test
    void aStreamBehindThatAppliesNothingIsNotReady() {
        metrics.begin(migration, "tenant-a").stream(figures(5));

        HealthCheckResponse response = new StreamReadiness(metrics, Duration.ZERO).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get(migration.toString()).toString())
                .startsWith("stalled: 5.0 s behind, nothing applied since");
    }

    @Test
    void aStreamBehindIsReadyUntilItHasAppliedNothingForStallAfter() {
        metrics.begin(migration, "tenant-a").stream(figures(5));

        assertThat(new StreamReadiness(metrics, Duration.ofMinutes(5)).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aStreamHeldUpOnPurposeIsNotReadyAndSaysWhy() {
        ReplicationProgress progress = metrics.begin(migration, "tenant-a");
        progress.stream(figures(5));
        progress.holdUp("waiting for the conversion of a source schema change: column public.accounts.tier");

        HealthCheckResponse response = new StreamReadiness(metrics, Duration.ZERO).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get(migration.toString()).toString()).startsWith(
                "waiting for the conversion of a source schema change: column public.accounts.tier: 5.0 s behind");

        progress.applying();
        assertThat(new StreamReadiness(metrics, Duration.ZERO).call().getData().orElseThrow()
                .get(migration.toString()).toString()).startsWith("stalled: ");
    }

    private static StreamFigures figures(double lagSeconds) {
        return new StreamFigures(lagSeconds, 100, 10, 10, 0, 0, "0/16B3748", 0, 0);
    }
}

package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.executor.domain.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theLagIsTheDelayOfTheLastApplyPlusAnySilenceBeyondTheHeartbeats() {
        MovableClock clock = new MovableClock(T0);
        ProgressTracker tracker = new ProgressTracker(clock, Duration.ofSeconds(1));
        assertThat(tracker.lagSeconds()).isEqualTo(-1);

        tracker.applied(2, 2, Map.of("lsn", 1L), T0.minusSeconds(7), T0.minusSeconds(7));
        assertThat(tracker.lagSeconds()).isEqualTo(7.0);
        assertThat(tracker.lastSourceCommit()).isEqualTo(T0.minusSeconds(7));

        clock.set(T0.plusMillis(500));
        tracker.applied(0, 0, Map.of("lsn", 2L), T0.plusMillis(400), null);
        assertThat(tracker.lagSeconds()).as("a fresh heartbeat: caught up, to the millisecond").isEqualTo(0.1);
        assertThat(tracker.lastSourceCommit()).as("heartbeats are no changes").isEqualTo(T0.minusSeconds(7));

        clock.set(T0.plusSeconds(13));
        assertThat(tracker.lagSeconds()).as("silence past three heartbeats counts").isEqualTo(9.6);
        assertThat(tracker.appliedEvents()).isEqualTo(2);
    }
}

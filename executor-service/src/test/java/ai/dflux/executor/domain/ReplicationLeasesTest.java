package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicationLeasesTest {

    @Test
    void leasesMayLapseOnceHalfTheirDurationPassedWithoutARenewal() {
        ReplicationLeases leases = new ReplicationLeases("replica", Duration.ofSeconds(2));
        long start = System.nanoTime();
        assertThat(leases.mayHaveLapsed()).as("just renewed, at start").isFalse();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(leases::mayHaveLapsed);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not before half the duration")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        assertThat(leases.renew(Set.of()).await().indefinitely()).as("nothing running here, nothing lost").isEmpty();
        assertThat(leases.mayHaveLapsed()).isFalse();
    }
}

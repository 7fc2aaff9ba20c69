package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicationLeasesTest {

    @Test
    void leasesMayLapseOnceHalfTheirDurationPassedWithoutARenewal() throws InterruptedException {
        ReplicationLeases leases = new ReplicationLeases("replica", Duration.ofMillis(200));
        assertThat(leases.mayHaveLapsed()).as("just renewed, at start").isFalse();

        Thread.sleep(150);
        assertThat(leases.mayHaveLapsed()).isTrue();

        assertThat(leases.renew(Set.of()).await().indefinitely()).as("nothing running here, nothing lost").isEmpty();
        assertThat(leases.mayHaveLapsed()).isFalse();
    }
}

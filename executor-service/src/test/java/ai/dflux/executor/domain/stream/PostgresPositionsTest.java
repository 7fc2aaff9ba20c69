package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresPositionsTest {

    private final PostgresPositions positions = new PostgresPositions();

    @Test
    void aCommittedPositionResumesByCommitAlone() {
        Map<String, ?> offset = Map.of("lsn", 1000L, "lsn_proc", 1000L, "lsn_commit", 1000L, "messageType", "MESSAGE",
                "txId", 7L);

        Map<String, Object> resumable = Map.copyOf(positions.resumable(offset));

        assertThat(resumable.get("lsn_proc")).isEqualTo(999L);
        assertThat(resumable).containsEntry("lsn", 1000L).containsEntry("lsn_commit", 1000L)
                .containsEntry("messageType", "MESSAGE").containsEntry("txId", 7L);
    }

    @Test
    void anOffsetWithoutACommitIsKeptAsItIs() {
        Map<String, ?> seed = Map.of("lsn", 1000L);

        assertThat(positions.resumable(seed)).isSameAs(seed);
    }

    @Test
    void describesAnLsnAsPostgreSqlWritesIt() {
        assertThat(positions.describe(Map.of("lsn", 0x1_0000_00A0L))).isEqualTo("1/A0");
        assertThat(PostgresPositions.lsnValue("1/A0")).isEqualTo(0x1_0000_00A0L);
    }
}

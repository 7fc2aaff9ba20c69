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

        assertThat(resumable.get("lsn_proc")).isEqualTo(1001L);
        assertThat(resumable).containsEntry("lsn", 1000L).containsEntry("lsn_commit", 1000L)
                .containsEntry("messageType", "MESSAGE").containsEntry("txId", 7L);
    }

    /**
     * The connector starts only when the slot's restart LSN is not past the processed LSN, and a slot may restart at
     * its confirmed position, the commit LSN; the processed LSN must also be one no message has (8-byte aligned).
     */
    @Test
    void theProcessedPositionIsNoMessagesAndNoSlotRestartsPastIt() {
        for (long commit : new long[] {0x10L, 0x6B52940L, 0x1_0000_00A0L}) {
            long processed = SourcePositions.longValue(positions.resumable(Map.of("lsn_proc", commit,
                    "lsn_commit", commit)), "lsn_proc");

            assertThat(processed).as("a slot restarting at the commit %s may resume", commit)
                    .isGreaterThanOrEqualTo(commit);
            assertThat(processed % 8).as("no WAL record starts or ends at %s", processed).isNotZero();
            assertThat(processed).as("before the next record after the commit").isLessThan(commit + 8);
        }
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

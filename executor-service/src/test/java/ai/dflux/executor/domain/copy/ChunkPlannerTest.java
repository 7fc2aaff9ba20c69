package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {

    private final ChunkPlanner planner = new ChunkPlanner(new MariaDbSourceReader(), 100, 1000);

    @Test
    void integerKeysSplitIntoEqualRangesWithOpenEnds() {
        List<Chunk> chunks = planner.integerRanges(BigInteger.ONE, BigInteger.valueOf(1000), -1);

        assertThat(chunks).hasSize(10);
        assertThat(chunks.get(0)).isEqualTo(new Chunk(0, null, List.of("101")));
        assertThat(chunks.get(1)).isEqualTo(new Chunk(1, List.of("101"), List.of("201")));
        assertThat(chunks.get(9)).isEqualTo(new Chunk(9, List.of("901"), null));
    }

    @Test
    void theEstimateBoundsTheChunksOfSparseKeys() {
        List<Chunk> chunks = planner.integerRanges(BigInteger.ZERO, BigInteger.valueOf(1_000_000_000L), 250);

        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(0).lower()).isNull();
        assertThat(chunks.get(2).upper()).isNull();
    }

    @Test
    void keysSpreadFarWiderThanTheRowsAreSplitByKeysetNotByRange() {
        BigInteger[] denseRange = {BigInteger.ONE, BigInteger.valueOf(200_000)};
        BigInteger[] skewed = {BigInteger.ONE, BigInteger.valueOf(10_000_500)};
        assertThat(ChunkPlanner.sparse(denseRange, 200_000)).isFalse();
        assertThat(ChunkPlanner.sparse(skewed, 200_500)).as("200,000 low ids and 500 above ten million").isTrue();
        assertThat(ChunkPlanner.sparse(skewed, -1)).as("no estimate: ranges over the key span").isFalse();
    }

    @Test
    void aSmallTableIsOneChunk() {
        assertThat(planner.integerRanges(BigInteger.valueOf(5), BigInteger.valueOf(7), 3))
                .containsExactly(new Chunk(0, null, null));
    }

    @Test
    void chunksAreCappedForHugeKeyRanges() {
        List<Chunk> chunks = planner.integerRanges(BigInteger.ZERO, new BigInteger("18446744073709551615"), -1);

        assertThat(chunks).hasSizeLessThanOrEqualTo(ChunkPlanner.MAX_CHUNKS);
        assertThat(chunks.get(chunks.size() - 1).upper()).isNull();
    }

    @Test
    void aPostgresTableUpToTheWholeTableRowsIsReadWholeWhenItsEstimateIsKnown() {
        ChunkPlanner postgres = new ChunkPlanner(new PostgresSourceReader(), 100, 1000);

        assertThat(postgres.readWhole(1000)).isTrue();
        assertThat(postgres.readWhole(0)).isTrue();
        assertThat(postgres.readWhole(1001)).isFalse();
        assertThat(postgres.readWhole(-1)).as("never analyzed: split, so the copy can resume chunk by chunk").isFalse();
        assertThat(new ChunkPlanner(new PostgresSourceReader(), 100, 0).readWhole(0)).as("0 splits every table")
                .isFalse();
    }

    @Test
    void aMariaDbTableIsSplitWhateverItsSizeSinceItsKeyRangesAreReadInSequence() {
        assertThat(planner.readWhole(10)).isFalse();
    }
}

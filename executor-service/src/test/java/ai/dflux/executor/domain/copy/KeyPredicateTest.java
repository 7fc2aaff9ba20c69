package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPredicateTest {

    @Test
    void aSingleKeyComparesTheValue() {
        assertThat(KeyPredicate.where(List.of("\"id\""), new Chunk(1, List.of("10"), List.of("20")),
                (i, v) -> PostgresSourceReader.literal(v)))
                .isEqualTo(" WHERE \"id\" >= '10' AND \"id\" < '20'");
    }

    @Test
    void aCompositeKeyComparesRowValues() {
        assertThat(KeyPredicate.where(List.of("`a`", "`b`"), new Chunk(2, List.of("x'y", "3"), null), (i, v) -> "?"))
                .isEqualTo(" WHERE (`a`, `b`) >= (?, ?)");
    }

    @Test
    void anUnboundedChunkHasNoCondition() {
        assertThat(KeyPredicate.where(List.of("id"), Chunk.whole(), (i, v) -> v)).isEmpty();
    }

    @Test
    void literalsDoubleTheirQuotes() {
        assertThat(PostgresSourceReader.literal("it's")).isEqualTo("'it''s'");
    }
}

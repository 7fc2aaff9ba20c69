package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopyOptionsTest {

    @Test
    void byDefaultATableOfAHundredThousandRowsOrMoreIsLoadedBeforeItsKey() {
        assertThat(CopyOptions.DEFAULTS.keyAfterRows()).isEqualTo(100_000);
        assertThat(CopyOptions.DEFAULTS.keyAfterLoad(99_999)).isFalse();
        assertThat(CopyOptions.DEFAULTS.keyAfterLoad(100_000)).isTrue();
        assertThat(CopyOptions.DEFAULTS.keyAfterLoad(2_000_000)).isTrue();
    }

    @Test
    void zeroLoadsEveryTableBeforeItsKeyAndTheLargestNumberNone() {
        assertThat(CopyOptions.DEFAULTS.withKeyAfterRows(0).keyAfterLoad(0)).isTrue();
        assertThat(CopyOptions.DEFAULTS.withKeyAfterRows(Long.MAX_VALUE).keyAfterLoad(Long.MAX_VALUE - 1)).isFalse();
    }

    @Test
    void aNegativeOrZeroSizeIsRefusedNamingTheValues() {
        assertThatThrownBy(() -> CopyOptions.DEFAULTS.withKeyAfterRows(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("2, 200000, 1048576, 10000000, -1");
        assertThatThrownBy(() -> CopyOptions.DEFAULTS.withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
    }
}

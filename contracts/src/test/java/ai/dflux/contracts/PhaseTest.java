package ai.dflux.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseTest {

    @Test
    void allowsExactlyTheDocumentedMoves() {
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(documented(from).contains(to));
            }
        }
    }

    @Test
    void onlyCompletedAndRolledBackAreTerminal() {
        assertThat(EnumSet.allOf(Phase.class).stream().filter(Phase::isTerminal))
                .containsExactlyInAnyOrder(Phase.COMPLETED, Phase.ROLLED_BACK);
    }

    @Test
    void everyLivePhaseCanFailOrRollBack() {
        for (Phase phase : EnumSet.range(Phase.CREATED, Phase.CUTTING_OVER)) {
            assertThat(phase.allows(Phase.FAILED) || phase.allows(Phase.ROLLING_BACK)).as(phase.name()).isTrue();
        }
    }

    private static Set<Phase> documented(Phase from) {
        return switch (from) {
            case CREATED -> Set.of(Phase.DISCOVERING, Phase.FAILED);
            case DISCOVERING -> Set.of(Phase.CONVERTING, Phase.PAUSED, Phase.FAILED);
            case CONVERTING -> Set.of(Phase.COPYING, Phase.PAUSED, Phase.FAILED);
            case COPYING, STREAMING -> Set.of(from == Phase.COPYING ? Phase.STREAMING : Phase.CUTTING_OVER,
                    Phase.PAUSED, Phase.ROLLING_BACK, Phase.FAILED);
            case CUTTING_OVER -> Set.of(Phase.CUT_OVER, Phase.ROLLING_BACK, Phase.FAILED);
            case CUT_OVER -> Set.of(Phase.COMPLETED, Phase.ROLLING_BACK);
            case PAUSED -> Set.of(Phase.DISCOVERING, Phase.CONVERTING, Phase.COPYING, Phase.STREAMING,
                    Phase.ROLLING_BACK, Phase.FAILED);
            case ROLLING_BACK -> Set.of(Phase.ROLLED_BACK, Phase.FAILED);
            case FAILED -> Set.of(Phase.ROLLING_BACK);
            case COMPLETED, ROLLED_BACK -> Set.of();
        };
    }
}

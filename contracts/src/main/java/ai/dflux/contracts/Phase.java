package ai.dflux.contracts;

import java.util.EnumSet;
import java.util.Set;

/** The phases of a migration and the moves between them that are legal. */
public enum Phase {
    CREATED,
    DISCOVERING,
    CONVERTING,
    COPYING,
    STREAMING,
    CUTTING_OVER,
    CUT_OVER,
    COMPLETED,
    PAUSED,
    ROLLING_BACK,
    ROLLED_BACK,
    FAILED;

    /** Whether a migration in this phase may move to {@code next}. */
    public boolean allows(Phase next) {
        return successors().contains(next);
    }

    public Set<Phase> successors() {
        return switch (this) {
            case CREATED -> EnumSet.of(DISCOVERING, FAILED);
            case DISCOVERING -> EnumSet.of(CONVERTING, PAUSED, FAILED);
            case CONVERTING -> EnumSet.of(COPYING, PAUSED, FAILED);
            case COPYING -> EnumSet.of(STREAMING, PAUSED, ROLLING_BACK, FAILED);
            case STREAMING -> EnumSet.of(CUTTING_OVER, PAUSED, ROLLING_BACK, FAILED);
            case CUTTING_OVER -> EnumSet.of(CUT_OVER, ROLLING_BACK, FAILED);
            case CUT_OVER -> EnumSet.of(COMPLETED, ROLLING_BACK);
            case PAUSED -> EnumSet.of(DISCOVERING, CONVERTING, COPYING, STREAMING, ROLLING_BACK, FAILED);
            case ROLLING_BACK -> EnumSet.of(ROLLED_BACK, FAILED);
            case FAILED -> EnumSet.of(ROLLING_BACK);
            case COMPLETED, ROLLED_BACK -> EnumSet.noneOf(Phase.class);
        };
    }

    public boolean isTerminal() {
        return successors().isEmpty();
    }
}

package ai.dflux.discovery.domain;

import ai.dflux.contracts.Phase;

/** A phase change the state machine does not allow. */
public class IllegalMove extends IllegalStateException {

    public IllegalMove(Phase from, Phase to) {
        super("a migration cannot move from " + from + " to " + to);
    }
}

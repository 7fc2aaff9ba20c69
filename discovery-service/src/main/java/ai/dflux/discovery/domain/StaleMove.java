package ai.dflux.discovery.domain;

import ai.dflux.contracts.Phase;
import java.util.UUID;

/** A phase change whose expected starting phase no longer holds: someone else moved the migration first. */
public class StaleMove extends IllegalStateException {

    public StaleMove(UUID id, Phase from, Phase to) {
        super("migration " + id + " was no longer " + from + " when moving it to " + to);
    }
}

package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.proof.ProofOutcome;
import java.util.List;

/**
 * The result of one conversion, proven, with its delta from the previous revision.
 *
 * @param delta the DDL from the previous revision to this one, or null for a first conversion
 * @param nonAdditive the changes since the previous revision that must not be applied without a person
 */
public record ConvertedSchema(ProofOutcome proof, String ddlFingerprint, String delta, List<String> nonAdditive) {

    public ConvertedSchema {
        nonAdditive = List.copyOf(nonAdditive);
    }
}

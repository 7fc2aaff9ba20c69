package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DriftDecisionTest {

    private static final UUID ID = UUID.randomUUID();
    private static final ConvertedSchemaArtifacts APPLIED = revision(2, "sha256:two", 1, true);

    @Test
    void anAdditiveDeltaFromTheAppliedRevisionIsApplied() {
        assertThat(DriftDecision.of(ID, APPLIED, revision(3, "sha256:three", 2, true)).action())
                .isEqualTo(DriftDecision.Action.APPLY);
    }

    @Test
    void aChangeThatIsNotAdditivePausesNamingTheRevisionsAndTheWayOut() {
        DriftDecision decision = DriftDecision.of(ID, APPLIED, revision(3, "sha256:three", 2, false));
        assertThat(decision.action()).isEqualTo(DriftDecision.Action.PAUSE);
        assertThat(decision.detail()).contains("revision 3").contains("revision 2").contains("nonAdditive")
                .contains("conversion?revision=3").contains("resume").contains("stop");
    }

    @Test
    void aDeltaFromAnotherRevisionPauses() {
        DriftDecision decision = DriftDecision.of(ID, APPLIED, revision(4, "sha256:four", 3, true));
        assertThat(decision.action()).isEqualTo(DriftDecision.Action.PAUSE);
        assertThat(decision.detail()).contains("from revision 3").contains("revision 2 that the target has");
    }

    @Test
    void aRevisionWithTheAppliedDdlIsTakenAsItIs() {
        assertThat(DriftDecision.of(ID, APPLIED, revision(4, "sha256:two", 3, false)).action())
                .isEqualTo(DriftDecision.Action.ALREADY_ON_TARGET);
    }

    private static ConvertedSchemaArtifacts revision(int revision, String fingerprint, int from, boolean additive) {
        return new ConvertedSchemaArtifacts(revision, fingerprint, "", "", List.of(), from, "", additive);
    }
}

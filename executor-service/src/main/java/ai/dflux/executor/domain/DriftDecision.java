package ai.dflux.executor.domain;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import java.util.Objects;
import java.util.UUID;

/**
 * What a streaming replication does with the next converted revision of its schema: apply its delta while streaming,
 * take it as it is (the target has its DDL already, as after a change that was reverted), or pause.
 *
 * @param detail for a pause, what a person reads: the revisions, why, and the way out; else empty
 */
record DriftDecision(Action action, String detail) {

    enum Action {
        APPLY, ALREADY_ON_TARGET, PAUSE
    }

    static DriftDecision of(UUID migrationId, ConvertedSchemaArtifacts applied, ConvertedSchemaArtifacts next) {
        if (next.ddlFingerprint() != null && Objects.equals(next.ddlFingerprint(), applied.ddlFingerprint())) {
            return new DriftDecision(Action.ALREADY_ON_TARGET, "");
        }
        String where = "GET /api/v1/migrations/" + migrationId + "/conversion?revision=" + next.revision();
        if (!next.additiveOnly()) {
            return pause(applied, "revision " + next.revision() + " of the converted schema changes the source"
                    + " schema in ways that are not only additive (" + where + " lists them under delta.nonAdditive)");
        }
        if (next.deltaFromRevision() != applied.revision()) {
            return pause(applied, "revision " + next.revision() + " of the converted schema has a delta from revision "
                    + next.deltaFromRevision() + ", not from revision " + applied.revision() + " that the target has");
        }
        return new DriftDecision(Action.APPLY, "");
    }

    private static DriftDecision pause(ConvertedSchemaArtifacts applied, String why) {
        return new DriftDecision(Action.PAUSE, why + "; the stream paused at revision " + applied.revision()
                + " and the source keeps every change meanwhile. Either revert the change on the source and, once"
                + " discovery and conversion have seen it (a revision equal to revision " + applied.revision()
                + "), resume; or stop this migration and start a new one");
    }
}

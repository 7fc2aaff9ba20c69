package ai.dflux.contracts.agents;

import ai.dflux.contracts.conversion.TablePlan;
import java.util.List;

/**
 * One revision of a migration's converted schema, as the Compatibility Agent hands it to the Executor: the DDL to run on
 * the target around the copy, and where each source table's rows go.
 *
 * @param preData tables, types and sequences: run before the copy
 * @param postData indexes, constraints and foreign keys: run after the copy
 * @param delta the statements from {@code deltaFromRevision} to this revision, or null for the first revision
 * @param additiveOnly whether {@code delta} only adds, so it can be applied while changes stream
 */
public record ConvertedSchemaArtifacts(int revision, String ddlFingerprint, String preData, String postData,
        List<TablePlan> tables, int deltaFromRevision, String delta, boolean additiveOnly) {

    public ConvertedSchemaArtifacts {
        tables = List.copyOf(tables);
    }
}

package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.types.ValueRule;

/**
 * Where one source column's values go: what the Executor needs to copy and stream them.
 *
 * @param generated whether the target computes the column itself (a generated column), so nothing is written to it
 */
public record ColumnPlan(String source, String target, String sourceType, String targetType, ValueRule valueRule,
        boolean generated) {
}

package ai.dflux.contracts.conversion;

/**
 * Where one source column's values go: what the Executor needs to copy and stream them.
 *
 * @param target the target column's name, quoted where needed
 * @param targetType the target type, or null when the column has none yet (its table is then MANUAL)
 * @param generated whether the target computes the column itself (a generated column), so nothing is written to it
 * @param definition the column's definition in the target DDL ({@code title varchar(255) NOT NULL}), which
 *     the Compatibility Agent's schema delta adds when the column is new
 */
public record ColumnPlan(String source, String target, String sourceType, String targetType, ValueRule valueRule,
        boolean generated, String definition) {
}

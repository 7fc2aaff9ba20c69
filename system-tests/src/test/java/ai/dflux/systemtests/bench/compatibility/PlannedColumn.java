package ai.dflux.systemtests.bench.compatibility;

/**
 * One column of a {@link PlannedTable}, as compatibility-service serves it ({@code ColumnPlan}): {@code target} is
 * quoted where PostgreSQL needs it; {@code valueRule} names how a value changes on its way in
 * (docs/type-mapping.md); a {@code generated} column is computed by the target and not written.
 */
public record PlannedColumn(String source, String target, String sourceType, String targetType, String valueRule,
        boolean generated, String definition) {
}

package ai.dflux.systemtests.replication;

/**
 * A column as its own database describes it.
 *
 * @param dataType {@code information_schema.columns.data_type}
 * @param precision numeric precision (the n of a MySQL {@code BIT(n)}), or 0
 */
public record SourceColumn(String name, String dataType, int precision) {
}

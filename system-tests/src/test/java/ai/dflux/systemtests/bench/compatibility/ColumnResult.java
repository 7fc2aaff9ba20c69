package ai.dflux.systemtests.bench.compatibility;

/**
 * How the values of one source column (of {@code database}) arrived: {@code changedValues} of {@code rows} differ (a missing row or column
 * counts as changed); {@code sourceExample} and {@code targetExample} are the first change as each side prints it
 * ({@code null} for SQL NULL), {@code targetType} is null when the column is missing on the target.
 */
public record ColumnResult(String database, String table, String column, String sourceType, String targetType, boolean typeKept,
        long rows, long changedValues, String sourceExample, String targetExample) {

    public boolean unchanged() {
        return targetType != null && changedValues == 0;
    }
}

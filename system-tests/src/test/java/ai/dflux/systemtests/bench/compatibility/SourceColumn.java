package ai.dflux.systemtests.bench.compatibility;

/**
 * A column of a MariaDB/MySQL table: {@code dataType} as information_schema names it ({@code int}),
 * {@code columnType} in full ({@code int(10) unsigned}); {@code json} for a MariaDB JSON column, which is a longtext
 * with a {@code json_valid} check.
 */
public record SourceColumn(String table, String name, String dataType, String columnType, boolean json) {

    public ValueFamily family() {
        return ValueFamily.of(dataType);
    }

    /** The type as a reader knows it: {@code json} rather than the longtext MariaDB stores it as. */
    public String displayType() {
        return json ? "json" : columnType;
    }
}

package ai.dflux.systemtests.bench.compatibility;

import java.util.Set;

/** How values of a MySQL type are compared: as numbers, points in time, bytes, sets of members or exact text. */
public enum ValueFamily {
    NUMBER, TEMPORAL, BINARY, SET, TEXT;

    private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "float", "double", "real", "year", "bit", "bool", "boolean");
    private static final Set<String> TEMPORALS = Set.of("date", "datetime", "timestamp", "time");
    private static final Set<String> BINARIES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob");

    /** The family of an information_schema {@code DATA_TYPE}; anything unknown is compared as text. */
    public static ValueFamily of(String mysqlDataType) {
        String type = mysqlDataType.toLowerCase(java.util.Locale.ROOT);
        if (NUMBERS.contains(type)) {
            return NUMBER;
        }
        if (TEMPORALS.contains(type)) {
            return TEMPORAL;
        }
        if (BINARIES.contains(type)) {
            return BINARY;
        }
        return "set".equals(type) ? SET : TEXT;
    }
}

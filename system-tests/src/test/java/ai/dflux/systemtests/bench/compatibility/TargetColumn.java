package ai.dflux.systemtests.bench.compatibility;

/**
 * A column of a PostgreSQL table: {@code type} as {@code format_type} spells it, {@code category} PostgreSQL's
 * {@code typcategory} of it ({@code A} array, {@code B} boolean, {@code E} enum, {@code V} bit string, ...).
 */
public record TargetColumn(String table, String name, String type, String category) {

    public boolean isBoolean() {
        return "B".equals(category);
    }

    public boolean isBitString() {
        return "V".equals(category);
    }

    public boolean isEnum() {
        return "E".equals(category);
    }

    public boolean isBytea() {
        return "bytea".equals(type);
    }

    public boolean isFloatingPoint() {
        return "real".equals(type) || "double precision".equals(type);
    }
}

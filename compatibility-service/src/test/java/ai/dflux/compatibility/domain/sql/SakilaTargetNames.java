package ai.dflux.compatibility.domain.sql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The target names of the Sakila test: one target schema, names folded like {@link FoldingTargetNames}, and column
 * types from a throw-away mapping of MySQL types kept in this test (the real type tables live elsewhere).
 */
final class SakilaTargetNames implements TargetNames {

    private final String sourceSchema;
    private final String targetSchema;
    private final Map<String, String> types = new HashMap<>();

    SakilaTargetNames(String sourceSchema, String targetSchema) {
        this.sourceSchema = sourceSchema;
        this.targetSchema = targetSchema;
    }

    void declare(String table, String column, String targetType) {
        types.put(key(table, column), targetType);
    }

    /** MySQL's column type as a crude PostgreSQL type, enough to hold Sakila's data. */
    static String crudeType(String dataType, String columnType) {
        String type = columnType.toLowerCase(Locale.ROOT);
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint", "smallint", "year" -> "smallint";
            case "mediumint", "int" -> "integer";
            case "bigint" -> "bigint";
            case "decimal" -> "numeric";
            case "varchar", "char" -> "varchar" + type.substring(type.indexOf('('), type.indexOf(')') + 1);
            case "timestamp", "datetime" -> "timestamp";
            case "date" -> "date";
            case "tinyblob", "blob", "mediumblob", "longblob", "geometry", "binary", "varbinary" -> "bytea";
            default -> "text";
        };
    }

    @Override
    public String schema(String schema) {
        return schema.equals(sourceSchema) ? targetSchema : FoldingTargetNames.fold(schema);
    }

    @Override
    public String relation(String schema, String relation) {
        return FoldingTargetNames.fold(relation);
    }

    @Override
    public String column(String schema, String relation, String column) {
        return FoldingTargetNames.fold(column);
    }

    @Override
    public Optional<String> columnType(String schema, String relation, String column) {
        return schema.equals(sourceSchema) ? Optional.ofNullable(types.get(key(relation, column))) : Optional.empty();
    }

    @Override
    public String defaultSchema() {
        return sourceSchema;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}

package ai.dflux.compatibility.domain.sql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test double of {@link TargetNames}: every name folded to lower case and quoted when it is not a plain lower-case
 * identifier or is reserved; schemas may be renamed; column types as declared with {@link #type}.
 */
final class FoldingTargetNames implements TargetNames {

    private static final Set<String> RESERVED = Set.of("user", "order", "group", "select", "table", "from", "where");

    private final String defaultSchema;
    private final Map<String, String> schemaRenames = new HashMap<>();
    private final Map<String, String> columnTypes = new HashMap<>();

    FoldingTargetNames(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    FoldingTargetNames renameSchema(String source, String target) {
        schemaRenames.put(source, target);
        return this;
    }

    /** Declares a column of a table in the default schema with its target type. */
    FoldingTargetNames type(String table, String column, String type) {
        return type(defaultSchema, table, column, type);
    }

    FoldingTargetNames type(String schema, String table, String column, String type) {
        columnTypes.put(key(schema, table, column), type);
        return this;
    }

    @Override
    public String schema(String sourceSchema) {
        return fold(schemaRenames.getOrDefault(sourceSchema, sourceSchema));
    }

    @Override
    public String relation(String sourceSchema, String sourceRelation) {
        return fold(sourceRelation);
    }

    @Override
    public String column(String sourceSchema, String sourceRelation, String sourceColumn) {
        return fold(sourceColumn);
    }

    @Override
    public Optional<String> columnType(String sourceSchema, String sourceRelation, String sourceColumn) {
        return Optional.ofNullable(columnTypes.get(key(sourceSchema, sourceRelation, sourceColumn)));
    }

    @Override
    public String defaultSchema() {
        return defaultSchema;
    }

    private static String key(String schema, String table, String column) {
        return (schema + "." + table + "." + column).toLowerCase(Locale.ROOT);
    }

    static String fold(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        boolean plain = folded.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(folded);
        return plain ? folded : '"' + folded.replace("\"", "\"\"") + '"';
    }
}

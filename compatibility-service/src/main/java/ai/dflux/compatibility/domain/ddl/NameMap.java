package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.compatibility.domain.sql.TargetNames;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL name of every source object of one catalog, and the target type of every column: what the DDL and the
 * SQL translators write, so that both name things the same way. Built by {@link NameMapBuilder}. Names are returned
 * quoted where needed. Lookups try the exact source spelling first and then, for MySQL, MariaDB and Oracle (whose
 * SQL may spell a name in another case), the spelling in any case.
 */
public final class NameMap implements TargetNames {

    private final Dialect dialect;
    private final String defaultSchema;
    private final Names schemas = new Names();
    private final Names relations = new Names();
    private final Names columns = new Names();
    private final Names indexes = new Names();
    private final Names constraints = new Names();
    private final Names enumTypes = new Names();
    private final Map<String, ColumnType> columnTypes = new HashMap<>();
    private final List<Renamed> renamed = new ArrayList<>();

    NameMap(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Every identifier whose target is not its folded source name, in the order names were given out. */
    public List<Renamed> renamed() {
        return List.copyOf(renamed);
    }

    @Override
    public String schema(String sourceSchema) {
        return Identifiers.quote(schemas.get(sourceSchema).orElseGet(() -> fold(sourceSchema)));
    }

    @Override
    public String relation(String sourceSchema, String sourceRelation) {
        return Identifiers.quote(relations.get(sourceSchema, sourceRelation).orElseGet(() -> fold(sourceRelation)));
    }

    /** {@code schema.relation} of a table, view, sequence or type, quoted where needed. */
    public String qualified(String sourceSchema, String sourceRelation) {
        return schema(sourceSchema) + "." + relation(sourceSchema, sourceRelation);
    }

    @Override
    public String column(String sourceSchema, String sourceRelation, String sourceColumn) {
        return Identifiers.quote(columns.get(sourceSchema, sourceRelation, sourceColumn)
                .orElseGet(() -> fold(sourceColumn)));
    }

    @Override
    public Optional<String> columnType(String sourceSchema, String sourceRelation, String sourceColumn) {
        return Optional.ofNullable(type(sourceSchema, sourceRelation, sourceColumn)).map(ColumnType::sqlType);
    }

    /** The resolved target type of a column, or null for a column this map does not know. */
    public ColumnType type(String sourceSchema, String sourceRelation, String sourceColumn) {
        return columns.key(sourceSchema, sourceRelation, sourceColumn).map(columnTypes::get).orElse(null);
    }

    @Override
    public String defaultSchema() {
        return defaultSchema;
    }

    /** The target name (not qualified: indexes live in their table's schema) of an index of a table. */
    public String index(String sourceSchema, String table, String sourceIndex) {
        return Identifiers.quote(indexes.get(sourceSchema, table, sourceIndex).orElseGet(() -> fold(sourceIndex)));
    }

    /** The name of a unique constraint (and of the index PostgreSQL builds for it). */
    public String unique(String sourceSchema, String table, UniqueConstraintInfo unique) {
        return index(sourceSchema, table, uniqueKey(unique));
    }

    public String primaryKey(String sourceSchema, String table) {
        return constraint(sourceSchema, table, PRIMARY_KEY);
    }

    public String foreignKey(String sourceSchema, String table, ForeignKeyInfo foreignKey) {
        return constraint(sourceSchema, table, foreignKeyKey(foreignKey));
    }

    public String check(String sourceSchema, String table, CheckConstraintInfo check) {
        return constraint(sourceSchema, table, checkKey(check));
    }

    /** The name of the check that keeps a column's source value domain ({@code MappedType.check}). */
    public String typeCheck(String sourceSchema, String table, String column) {
        return constraint(sourceSchema, table, typeCheckKey(column));
    }

    /** The qualified name of the enum type made for a MySQL ENUM column. */
    public String enumType(String sourceSchema, String table, String column) {
        return schema(sourceSchema) + "." + Identifiers.quote(enumTypes.get(sourceSchema, table, column)
                .orElseThrow(() -> new IllegalArgumentException("no enum type for " + table + "." + column)));
    }

    private String constraint(String sourceSchema, String table, String key) {
        return Identifiers.quote(constraints.get(sourceSchema, table, key)
                .orElseThrow(() -> new IllegalArgumentException("no constraint " + key + " on " + table)));
    }

    private String fold(String name) {
        return Identifiers.fold(dialect, name);
    }

    // The builder's side: where names are recorded.

    static final String PRIMARY_KEY = "p:";

    static String uniqueKey(UniqueConstraintInfo unique) {
        return unique.name() != null ? unique.name() : "u:" + String.join(",", unique.columns());
    }

    static String foreignKeyKey(ForeignKeyInfo foreignKey) {
        return "f:" + (foreignKey.name() != null ? foreignKey.name() : String.join(",", foreignKey.columns()));
    }

    static String checkKey(CheckConstraintInfo check) {
        return "c:" + (check.name() != null ? check.name() : check.expression());
    }

    static String typeCheckKey(String column) {
        return "t:" + column;
    }

    void putSchema(String source, String target) {
        schemas.put(target, source);
    }

    void putRelation(String schema, String relation, String target) {
        relations.put(target, schema, relation);
    }

    void putColumn(String schema, String relation, String column, String target, ColumnType type) {
        columns.put(target, schema, relation, column);
        columnTypes.put(Names.join(schema, relation, column), type);
    }

    void putIndex(String schema, String table, String key, String target) {
        indexes.put(target, schema, table, key);
    }

    void putConstraint(String schema, String table, String key, String target) {
        constraints.put(target, schema, table, key);
    }

    void putEnumType(String schema, String table, String column, String target) {
        enumTypes.put(target, schema, table, column);
    }

    void addRenamed(Renamed entry) {
        renamed.add(entry);
    }

    /**
     * Target names by source key, and the exact key of each lower-cased key for sources whose SQL is not
     * case-sensitive (the first name given out for a lower-cased key wins, which is the same on every run).
     */
    private final class Names {
        private final Map<String, String> exact = new HashMap<>();
        private final Map<String, String> exactKeyOfAnyCase = new HashMap<>();

        static String join(String... parts) {
            return String.join("\u0000", parts);
        }

        void put(String target, String... sourceParts) {
            String key = join(sourceParts);
            exact.put(key, target);
            exactKeyOfAnyCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
        }

        Optional<String> get(String... sourceParts) {
            return key(sourceParts).map(exact::get);
        }

        /** The exact key a source spelling stands for, if known. */
        Optional<String> key(String... sourceParts) {
            String key = join(sourceParts);
            if (exact.containsKey(key)) {
                return Optional.of(key);
            }
            if (dialect == Dialect.POSTGRESQL) {
                return Optional.empty();
            }
            return Optional.ofNullable(exactKeyOfAnyCase.get(key.toLowerCase(Locale.ROOT)));
        }
    }
}

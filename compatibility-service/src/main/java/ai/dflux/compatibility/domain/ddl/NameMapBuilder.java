package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.compatibility.domain.types.MappedType;
import ai.dflux.compatibility.domain.types.TypeMapping;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Gives every object of a catalog its PostgreSQL name, one namespace at a time and always in the same order: schemas;
 * then per schema tables, views, sequences, types, the enum types of MySQL ENUM columns, primary keys, unique
 * constraints and indexes (which share the schema's namespace in PostgreSQL); then per table columns and the other
 * constraints. Within a kind, names that are already their folded form come first, so that {@code film} keeps its name
 * when {@code Film} folds onto it.
 */
final class NameMapBuilder {

    private static final List<String> SYSTEM_COLUMNS = List.of("tableoid", "xmin", "cmin", "xmax", "cmax", "ctid");
    private static final String RESERVED_SCHEMA_PREFIX = "pg_";

    private final Dialect dialect;
    private final TypeMapping types;
    private final SchemaPlacement placement;

    NameMapBuilder(Dialect dialect, TypeMapping types, SchemaPlacement placement) {
        this.dialect = dialect;
        this.types = types;
        this.placement = placement;
    }

    /** Builds the map of a catalog whose lists are sorted ({@link CatalogOrder}). */
    NameMap build(Catalog catalog) {
        NameMap map = new NameMap(dialect, defaultSchema(catalog));
        Namespace schemaSpace = new Namespace();
        for (String schema : claimOrder(schemasOf(catalog))) {
            String wanted = fold(schema);
            String prefixReason = null;
            if (wanted.startsWith(RESERVED_SCHEMA_PREFIX)) {
                wanted = "src_" + wanted;
                prefixReason = "PostgreSQL reserves schema names starting with pg_";
            }
            Namespace.Claim claim = schemaSpace.claim(wanted, "schema " + schema);
            map.putSchema(schema, placement.place(claim.name()));
            renamed(map, "schema", schema, Identifiers.quote(claim.name()), join(prefixReason, claim.reason()));
        }
        for (String schema : schemasOf(catalog)) {
            new SchemaNaming(map, catalog, schema).run();
        }
        return map;
    }

    /** The names of one schema and of its tables' columns and constraints. */
    private final class SchemaNaming {
        private final NameMap map;
        private final String schema;
        private final String targetSchema;
        private final List<TableInfo> tables;
        private final Catalog catalog;
        private final Namespace relations = new Namespace();
        private final Map<String, Namespace> constraintSpaces = new HashMap<>();

        SchemaNaming(NameMap map, Catalog catalog, String schema) {
            this.map = map;
            this.catalog = catalog;
            this.schema = schema;
            this.targetSchema = map.schema(schema);
            this.tables = catalog.tables().stream().filter(t -> t.schema().equals(schema)).toList();
        }

        void run() {
            relations("table", tables.stream().map(TableInfo::name).toList());
            relations("view", catalog.views().stream().filter(v -> v.schema().equals(schema)).map(ViewInfo::name)
                    .toList());
            relations("sequence", catalog.sequences().stream().filter(s -> s.schema().equals(schema))
                    .map(SequenceInfo::name).toList());
            relations("type", catalog.types().stream().filter(t -> t.schema().equals(schema)).map(TypeInfo::name)
                    .toList());
            Map<String, Map<String, ColumnType>> columnTypes = new HashMap<>();
            for (TableInfo table : tables) {
                columnTypes.put(table.name(), enumTypesAndColumnTypes(table));
            }
            for (TableInfo table : tables) {
                primaryKey(table);
            }
            indexes();
            for (TableInfo table : tables) {
                columns(table, columnTypes.get(table.name()));
                constraints(table);
            }
        }

        private void relations(String kind, List<String> names) {
            for (String name : claimOrder(names)) {
                Namespace.Claim claim = relations.claim(fold(name), kind + " " + schema + "." + name);
                map.putRelation(schema, name, claim.name());
                renamed(map, kind, schema + "." + name, targetSchema + "." + Identifiers.quote(claim.name()),
                        claim.reason());
            }
        }

        private Map<String, ColumnType> enumTypesAndColumnTypes(TableInfo table) {
            Map<String, ColumnType> columnTypes = new HashMap<>();
            for (ColumnInfo column : table.columns()) {
                MappedType mapped = types.map(table, column);
                String enumType = null;
                if (mapped.sqlType() == null && !mapped.enumLabels().isEmpty()) {
                    String wanted = targetTable(table) + "_" + fold(column.name());
                    Namespace.Claim claim = relations.claim(Identifiers.shorten(wanted),
                            "the enum type of " + table.name() + "." + column.name());
                    map.putEnumType(schema, table.name(), column.name(), claim.name());
                    enumType = targetSchema + "." + Identifiers.quote(claim.name());
                }
                ColumnType type = ColumnType.of(column, mapped, enumType);
                columnTypes.put(column.name(), qualifiedUserType(type));
            }
            return columnTypes;
        }

        /**
         * A column of a user-defined type names it as the source's {@code format_type()} did, unqualified when its
         * schema was on the search path ({@code mood}); on the target it is named with its target schema
         * ({@code public.mood}), so the table does not depend on a search path (the proof's scratch schemas have none).
         */
        private ColumnType qualifiedUserType(ColumnType type) {
            String sqlType = type.sqlType();
            if (sqlType == null || sqlType.contains(".")) {
                return type;
            }
            int arrayAt = sqlType.indexOf('[');
            String base = (arrayAt < 0 ? sqlType : sqlType.substring(0, arrayAt)).strip();
            String name = Identifiers.unquote(base);
            List<TypeInfo> candidates = catalog.types().stream().filter(t -> t.name().equals(name)).toList();
            List<TypeInfo> own = candidates.stream().filter(t -> t.schema().equals(schema)).toList();
            List<TypeInfo> chosen = own.isEmpty() ? candidates : own;
            if (chosen.size() != 1) {
                return type;
            }
            TypeInfo userType = chosen.get(0);
            String suffix = arrayAt < 0 ? "" : sqlType.substring(arrayAt);
            return new ColumnType(type.mapped(), map.qualified(userType.schema(), userType.name()) + suffix,
                    type.adjustment());
        }

        private String targetTable(TableInfo table) {
            return Identifiers.unquote(map.relation(schema, table.name()));
        }

        private void primaryKey(TableInfo table) {
            Namespace constraints = constraintSpace(table);
            if (table.primaryKey().isEmpty()) {
                return;
            }
            String name = Identifiers.withSuffix(targetTable(table), "_pkey");
            Namespace.Claim claim = relations.claim(name, "the primary key of " + table.qualifiedName());
            constraints.reserve(claim.name(), "the primary key");
            map.putConstraint(schema, table.name(), NameMap.PRIMARY_KEY, claim.name());
            table.indexes().stream().filter(IndexInfo::primary).map(IndexInfo::name)
                    .filter(source -> !"PRIMARY".equals(source) && !fold(source).equals(claim.name())).findFirst()
                    .ifPresent(source -> renamed(map, "constraint", table.qualifiedName() + "." + source,
                            qualifiedIn(table, claim.name()), "primary keys are named <table>_pkey"));
        }

        /** Unique constraints and indexes, whose names MySQL keeps per table but PostgreSQL per schema. */
        private void indexes() {
            Map<String, TreeSet<String>> tablesByIndexName = new HashMap<>();
            for (TableInfo table : tables) {
                for (IndexLike index : indexLikes(table)) {
                    if (index.sourceName() != null) {
                        tablesByIndexName.computeIfAbsent(fold(index.sourceName()), n -> new TreeSet<>())
                                .add(table.name());
                    }
                }
            }
            for (TableInfo table : tables) {
                String targetTable = targetTable(table);
                for (IndexLike index : indexLikes(table)) {
                    String perTableReason = null;
                    String wanted;
                    if (index.sourceName() == null) {
                        wanted = Identifiers.withSuffix(targetTable, "_" + String.join("_",
                                index.columns().stream().map(NameMapBuilder.this::fold).toList()) + "_key");
                    } else if (tablesByIndexName.get(fold(index.sourceName())).size() > 1
                            || relations.isTaken(fold(index.sourceName()))) {
                        wanted = Identifiers.shorten(targetTable + "_" + fold(index.sourceName()));
                        perTableReason = "index names are per table in the source but per schema in PostgreSQL,"
                                + " and " + fold(index.sourceName()) + " is used more than once in " + schema;
                    } else {
                        wanted = fold(index.sourceName());
                    }
                    Namespace.Claim claim = relations.claim(wanted, "index " + index.key() + " of "
                            + table.qualifiedName());
                    map.putIndex(schema, table.name(), index.key(), claim.name());
                    if (index.unique()) {
                        constraintSpace(table).reserve(claim.name(), "unique constraint " + index.key());
                    }
                    if (index.sourceName() != null) {
                        renamed(map, "index", table.qualifiedName() + "." + index.sourceName(),
                                targetSchema + "." + Identifiers.quote(claim.name()),
                                join(perTableReason, claim.reason()));
                    }
                }
            }
        }

        private void columns(TableInfo table, Map<String, ColumnType> columnTypes) {
            Namespace columns = new Namespace();
            SYSTEM_COLUMNS.forEach(c -> columns.reserve(c, "the PostgreSQL system column " + c));
            for (String name : claimOrder(table.columns().stream().map(ColumnInfo::name).toList())) {
                Namespace.Claim claim = columns.claim(fold(name), "column " + table.qualifiedName() + "." + name);
                map.putColumn(schema, table.name(), name, claim.name(), columnTypes.get(name));
                renamed(map, "column", table.qualifiedName() + "." + name, qualifiedIn(table, claim.name()),
                        claim.reason());
            }
        }

        /** Foreign keys, checks and the checks of mapped types: PostgreSQL keeps their names per table. */
        private void constraints(TableInfo table) {
            Namespace constraints = constraintSpace(table);
            String targetTable = targetTable(table);
            for (ForeignKeyInfo fk : table.foreignKeys()) {
                String wanted = fk.name() != null ? fold(fk.name()) : Identifiers.withSuffix(targetTable, "_"
                        + String.join("_", fk.columns().stream().map(NameMapBuilder.this::fold).toList()) + "_fkey");
                constraint(table, constraints, NameMap.foreignKeyKey(fk), fk.name(), wanted);
            }
            for (CheckConstraintInfo check : table.checkConstraints()) {
                String wanted = check.name() != null ? fold(check.name())
                        : Identifiers.withSuffix(targetTable, "_check");
                constraint(table, constraints, NameMap.checkKey(check), check.name(), wanted);
            }
            for (ColumnInfo column : table.columns()) {
                ColumnType type = map.type(schema, table.name(), column.name());
                if (type != null && type.mapped().check() != null) {
                    String wanted = Identifiers.withSuffix(targetTable + "_"
                            + Identifiers.unquote(map.column(schema, table.name(), column.name())), "_check");
                    constraint(table, constraints, NameMap.typeCheckKey(column.name()), null, wanted);
                }
            }
        }

        private void constraint(TableInfo table, Namespace constraints, String key, String sourceName,
                String wanted) {
            Namespace.Claim claim = constraints.claim(wanted, "constraint " + key + " of " + table.qualifiedName());
            map.putConstraint(schema, table.name(), key, claim.name());
            if (sourceName != null) {
                renamed(map, "constraint", table.qualifiedName() + "." + sourceName, qualifiedIn(table, claim.name()),
                        claim.reason());
            }
        }

        private Namespace constraintSpace(TableInfo table) {
            return constraintSpaces.computeIfAbsent(table.name(), t -> new Namespace());
        }

        private String qualifiedIn(TableInfo table, String name) {
            return targetSchema + "." + map.relation(schema, table.name()) + "." + Identifiers.quote(name);
        }
    }

    /** A unique constraint or a secondary index: both take a name from the schema's namespace. */
    private record IndexLike(String key, String sourceName, List<String> columns, boolean unique) {
    }

    /** The table's unique constraints and its indexes that are not the primary key's, each name once. */
    private static List<IndexLike> indexLikes(TableInfo table) {
        List<IndexLike> result = new ArrayList<>();
        for (UniqueConstraintInfo unique : table.uniqueConstraints()) {
            result.add(new IndexLike(NameMap.uniqueKey(unique), unique.name(), unique.columns(), true));
        }
        for (IndexInfo index : table.indexes()) {
            if (!index.primary() && result.stream().noneMatch(r -> r.key().equals(index.name()))) {
                result.add(new IndexLike(index.name(), index.name(), index.columns(), index.unique()));
            }
        }
        result.sort(Comparator.comparing(IndexLike::key));
        return result;
    }

    private void renamed(NameMap map, String kind, String source, String target, String reason) {
        if (reason != null) {
            map.addRenamed(new Renamed(kind, source, target, reason));
        }
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(Objects::nonNull).reduce((a, b) -> a + "; " + b).orElse(null);
    }

    private String fold(String name) {
        return Identifiers.fold(dialect, name);
    }

    /** Names already in their folded form first (they keep it), then the others; each group sorted. */
    private List<String> claimOrder(List<String> names) {
        return names.stream().distinct().sorted(Comparator.comparing((String n) -> !fold(n).equals(n))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static List<String> schemasOf(Catalog catalog) {
        TreeSet<String> schemas = new TreeSet<>(catalog.schemas());
        catalog.tables().forEach(t -> schemas.add(t.schema()));
        catalog.views().forEach(v -> schemas.add(v.schema()));
        catalog.sequences().forEach(s -> schemas.add(s.schema()));
        catalog.types().forEach(t -> schemas.add(t.schema()));
        return List.copyOf(schemas);
    }

    /** The schema an unqualified name in the source's SQL belongs to. */
    private String defaultSchema(Catalog catalog) {
        if (dialect == Dialect.POSTGRESQL) {
            return "public";
        }
        List<String> schemas = schemasOf(catalog);
        return schemas.stream().filter(s -> s.equalsIgnoreCase(catalog.database())).findFirst()
                .orElse(schemas.isEmpty() ? catalog.database() : schemas.get(0));
    }
}

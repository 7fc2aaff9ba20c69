package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.compatibility.domain.sql.SqlTranslator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Converts a source catalog into PostgreSQL DDL in three parts (pre-data, post-data, code), with a status per object,
 * the renamed identifiers and the per-table plan. The same catalog always gives the same output, whatever the order
 * of its lists: everything is sorted by schema and name first.
 */
public final class SchemaConverter {

    private final TypeMapping types;
    private final SqlTranslator translator;

    public SchemaConverter(TypeMapping types, SqlTranslator translator) {
        this.types = types;
        this.translator = translator;
    }

    public SchemaConversion convert(Catalog source) {
        return convert(source, SchemaPlacement.AS_NAMED);
    }

    /**
     * Converts with every target schema placed elsewhere; the objects are the same, in the same order, only their
     * schemas differ (the proof runs such a placement in scratch schemas).
     */
    public SchemaConversion convert(Catalog source, SchemaPlacement placement) {
        Catalog catalog = CatalogOrder.sorted(source);
        Dialect dialect = Dialect.parse(catalog.dialect()).orElse(types.dialect());
        NameMap names = new NameMapBuilder(dialect, types, placement).build(catalog);
        ConversionContext context = new ConversionContext(catalog, dialect, names, translator);

        List<ConvertedObject> objects = new ArrayList<>();
        objects.addAll(schemas(context));
        objects.addAll(types(context));
        for (SequenceInfo sequence : catalog.sequences()) {
            if (!isIdentitySequence(catalog, sequence, dialect)) {
                objects.add(new SequenceBuilder(context).build(sequence));
            }
        }
        List<TablePlan> plans = new ArrayList<>();
        TableBuilder tableBuilder = new TableBuilder(context);
        for (TableInfo table : catalog.tables()) {
            TableBuilder.Result result = tableBuilder.build(table);
            objects.add(result.table());
            plans.add(result.plan());
        }
        objects.addAll(postData(context));
        objects.addAll(new ViewBuilder(context).build());
        objects.addAll(new StoredCodeBuilder(context).build());
        return new SchemaConversion(StatusPropagation.apply(objects), names.renamed(), plans);
    }

    /** The names the conversion of this catalog uses, for translating code consistently with the DDL. */
    public NameMap names(Catalog source) {
        Catalog catalog = CatalogOrder.sorted(source);
        return new NameMapBuilder(Dialect.parse(catalog.dialect()).orElse(types.dialect()), types,
                SchemaPlacement.AS_NAMED).build(catalog);
    }

    private static List<ConvertedObject> schemas(ConversionContext context) {
        TreeSet<String> sources = new TreeSet<>(context.catalog().schemas());
        context.catalog().tables().forEach(t -> sources.add(t.schema()));
        context.catalog().views().forEach(v -> sources.add(v.schema()));
        context.catalog().sequences().forEach(s -> sources.add(s.schema()));
        context.catalog().types().forEach(t -> sources.add(t.schema()));
        List<ConvertedObject> objects = new ArrayList<>();
        for (String schema : sources) {
            String target = context.names().schema(schema);
            objects.add(new ObjectDraft(ObjectKind.SCHEMA, schema, target, DdlPart.PRE_DATA)
                    .statement("CREATE SCHEMA IF NOT EXISTS " + target).build());
        }
        return objects;
    }

    private static List<ConvertedObject> types(ConversionContext context) {
        TypeBuilder builder = new TypeBuilder(context);
        List<ConvertedObject> objects = new ArrayList<>();
        for (TypeInfo type : context.catalog().types()) {
            objects.add(builder.sourceType(type));
        }
        for (TableInfo table : context.catalog().tables()) {
            for (ColumnInfo column : table.columns()) {
                ConvertedObject enumType = builder.columnEnum(table, column);
                if (enumType != null) {
                    objects.add(enumType);
                }
            }
        }
        return objects;
    }

    /** Indexes, then unique constraints and checks, then foreign keys (which need the keys they reference). */
    private static List<ConvertedObject> postData(ConversionContext context) {
        IndexBuilder indexes = new IndexBuilder(context);
        ConstraintBuilder constraints = new ConstraintBuilder(context);
        ForeignKeyBuilder foreignKeys = new ForeignKeyBuilder(context);
        List<ConvertedObject> objects = new ArrayList<>();
        for (TableInfo table : context.catalog().tables()) {
            for (IndexInfo index : table.indexes()) {
                indexes.build(table, index).ifPresent(objects::add);
            }
        }
        for (TableInfo table : context.catalog().tables()) {
            for (UniqueConstraintInfo unique : table.uniqueConstraints()) {
                objects.add(constraints.unique(table, unique));
            }
            for (CheckConstraintInfo check : table.checkConstraints()) {
                objects.add(constraints.check(table, check));
            }
            table.columns().stream().map(c -> constraints.typeCheck(table, c)).filter(Objects::nonNull)
                    .forEach(objects::add);
        }
        for (TableInfo table : context.catalog().tables()) {
            for (ForeignKeyInfo fk : table.foreignKeys()) {
                objects.add(foreignKeys.build(table, fk));
            }
        }
        objects.addAll(new SequenceOwnershipBuilder(context).build());
        return objects;
    }

    /**
     * A PostgreSQL source lists the sequence behind each identity column, which the target's identity column makes
     * itself: {@code <table>_<column>_seq} for an identity column is not created twice.
     */
    private static boolean isIdentitySequence(Catalog catalog, SequenceInfo sequence, Dialect dialect) {
        if (dialect != Dialect.POSTGRESQL) {
            return false;
        }
        return catalog.tables().stream().filter(t -> t.schema().equals(sequence.schema()))
                .anyMatch(t -> t.columns().stream().anyMatch(c -> c.identity() != null
                        && Identifiers.withSuffix(t.name() + "_" + c.name(), "_seq").equals(sequence.name())));
    }
}

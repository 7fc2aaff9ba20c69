package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import java.util.List;
import java.util.stream.Collectors;

/** Enum types of MySQL ENUM columns, and the source's own enum, domain and composite types. */
final class TypeBuilder {

    private final ConversionContext context;

    TypeBuilder(ConversionContext context) {
        this.context = context;
    }

    /** The enum type a column needs, or null when its target type is not a type of its own. */
    ConvertedObject columnEnum(TableInfo table, ColumnInfo column) {
        ColumnType type = context.names().type(table.schema(), table.name(), column.name());
        if (type == null || !type.needsEnumType()) {
            return null;
        }
        String target = context.names().enumType(table.schema(), table.name(), column.name());
        return new ObjectDraft(ObjectKind.TYPE, table.qualifiedName() + "." + column.name(), target,
                DdlPart.PRE_DATA).definition(column.dataType())
                .dependsOn(context.names().schema(table.schema()))
                .statement("CREATE TYPE " + target + " AS ENUM (" + labels(type.mapped().enumLabels()) + ")")
                .build();
    }

    ConvertedObject sourceType(TypeInfo type) {
        String target = context.names().qualified(type.schema(), type.name());
        ObjectDraft draft = new ObjectDraft(ObjectKind.TYPE, type.schema() + "." + type.name(), target,
                DdlPart.PRE_DATA).definition(type.definition()).dependsOn(context.names().schema(type.schema()));
        switch (type.kind()) {
            case "ENUM" -> draft.statement("CREATE TYPE " + target + " AS ENUM (" + labels(type.values()) + ")");
            case "DOMAIN" -> domain(draft, type, target);
            case "COMPOSITE" -> composite(draft, type, target);
            case "OBJECT" -> draft.manual("Oracle object type " + type.name() + " has no automatic PostgreSQL"
                    + " equivalent: define a composite type (its attributes) and functions (its methods), or use jsonb");
            case "COLLECTION" -> draft.manual("Oracle collection type " + type.name() + " (of " + type.baseType()
                    + ") has no automatic PostgreSQL equivalent: use an array of the element type");
            default -> draft.manual("type " + type.name() + " of kind " + type.kind() + " is not converted");
        }
        return draft.build();
    }

    /** A domain of a PostgreSQL source, whose base type and constraints are PostgreSQL's already. */
    private void domain(ObjectDraft draft, TypeInfo type, String target) {
        if (type.baseType() == null || !context.dialect().equals(Dialect.POSTGRESQL)) {
            draft.manual("domain " + type.name() + " has no readable PostgreSQL base type");
            return;
        }
        String constraints = type.definition() == null || type.definition().isBlank() ? ""
                : " " + type.definition().strip();
        draft.statement("CREATE DOMAIN " + target + " AS " + type.baseType() + constraints);
    }

    private void composite(ObjectDraft draft, TypeInfo type, String target) {
        if (type.definition() == null || !context.dialect().equals(Dialect.POSTGRESQL)) {
            draft.manual("composite type " + type.name() + " has no readable attribute list");
            return;
        }
        draft.statement("CREATE TYPE " + target + " AS " + type.definition().strip());
    }

    private static String labels(List<String> labels) {
        return labels.stream().map(Identifiers::literal).collect(Collectors.joining(", "));
    }
}

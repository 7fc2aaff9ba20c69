package ai.dflux.compatibility.domain.types;

import static ai.dflux.compatibility.domain.types.Fidelity.EXACT;

import ai.dflux.contracts.Dialect;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The type table of PostgreSQL sources, for types as {@code format_type()} spells them: every type stays as it is,
 * user-defined types by their name as given.
 */
public final class PostgresTypeMapping extends TableTypeMapping {

    public PostgresTypeMapping() {
        super(Dialect.POSTGRESQL, table());
    }

    private static TypeTable table() {
        return TypeTable.builder()
                .rule("a built-in type: integer, numeric(p,s), character varying(n), timestamp(p) with time zone, "
                                + "jsonb, uuid, ...", "the same type", EXACT,
                        "Source and target are both PostgreSQL; the type is kept as format_type() spells it.",
                        parsed(name -> name.builtIn() && name.arrayDimensions() == 0), PostgresTypeMapping::same)
                .rule("an array of a type: text[], integer[]", "the same array type", EXACT,
                        "Arrays are kept with their element type.",
                        parsed(name -> name.arrayDimensions() > 0), PostgresTypeMapping::same)
                .rule("a user-defined type: an enum, domain, composite or range (mpaa_rating, public.year)",
                        "the same name", EXACT,
                        "Kept by name, a schema-qualified name as given; the DDL creates the type on the target "
                                + "before the tables that use it.",
                        parsed(name -> true), PostgresTypeMapping::same)
                .build();
    }

    private static Predicate<SourceType> parsed(Predicate<PostgresTypeName> test) {
        return t -> read(t).filter(test).isPresent();
    }

    private static Conversion same(SourceType t) {
        return Conversion.to(t.text().strip(), read(t).orElseThrow().domain());
    }

    private static Optional<PostgresTypeName> read(SourceType t) {
        try {
            return Optional.of(PostgresTypeName.parse(t.text()));
        } catch (IllegalArgumentException notATypeName) {
            return Optional.empty();
        }
    }
}

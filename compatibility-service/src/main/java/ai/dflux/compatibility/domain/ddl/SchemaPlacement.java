package ai.dflux.compatibility.domain.ddl;

/** Where a target schema's objects are created: under its own name, or elsewhere (a scratch schema for the proof). */
@FunctionalInterface
public interface SchemaPlacement {

    SchemaPlacement AS_NAMED = schema -> schema;

    /** The unquoted schema name the objects of {@code targetSchema} (unquoted) are created in. */
    String place(String targetSchema);
}

package ai.dflux.compatibility.domain.sql;

/** A table, view or sequence of the source, by its source schema and name (unquoted, as the source catalog has it). */
record SourceRelation(String schema, String name) {
}

package ai.dflux.compatibility.domain.sql;

/** A column of a source table or view, by its source names. */
record SourceColumn(SourceRelation relation, String name) {
}

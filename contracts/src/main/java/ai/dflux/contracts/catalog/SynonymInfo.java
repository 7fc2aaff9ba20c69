package ai.dflux.contracts.catalog;

/** An Oracle synonym: another name for {@code targetSchema.targetObject}. */
public record SynonymInfo(String schema, String name, String targetSchema, String targetObject, boolean publicSynonym) {
}

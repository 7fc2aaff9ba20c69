package ai.dflux.contracts.catalog;

/** A view or materialized view with its defining query in the source's SQL. */
public record ViewInfo(String schema, String name, String definition, boolean materialized, String comment) {
}

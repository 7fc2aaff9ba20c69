package ai.dflux.compatibility.domain;

/**
 * One override a tenant asks for: the source column, by its source names, and the PostgreSQL type to give it.
 *
 * @param schema the source schema (MySQL: database); may be left out when only one table has this name
 */
public record RequestedOverride(String schema, String table, String column, String targetType) {
}

package ai.dflux.compatibility.domain.types;

/**
 * The type table's answer for one source type.
 *
 * @param sourceDomain the values the source type holds, or null when dflux does not know them
 * @param mapped the PostgreSQL type chosen for it
 */
public record TypeDecision(ValueDomain sourceDomain, MappedType mapped) {
}

package ai.dflux.compatibility.domain.types;

/**
 * One row of a dialect's type table, for the generated documentation.
 *
 * @param source the source type or family ({@code BIGINT UNSIGNED}, {@code NUMBER(p,0), p <= 4})
 * @param target the PostgreSQL type ({@code numeric(20,0)})
 * @param fidelity how well the target holds the source's values
 * @param why the reason for the choice and what, if anything, changes
 */
public record TypeRule(String source, String target, Fidelity fidelity, String why) {
}

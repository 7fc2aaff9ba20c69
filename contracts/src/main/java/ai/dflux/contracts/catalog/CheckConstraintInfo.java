package ai.dflux.contracts.catalog;

/** A check constraint with its expression in the source's SQL. */
public record CheckConstraintInfo(String name, String expression) {
}

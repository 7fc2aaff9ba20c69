package ai.dflux.compatibility.domain.types;

/** How well a target type holds every value of the source type. */
public enum Fidelity {
    /** The target holds exactly the source's values. */
    EXACT,
    /** The target holds every source value unchanged, and more. */
    WIDENED,
    /** Some source values would be changed or rejected; a mapped type with this fidelity always says why. */
    LOSSY,
    /** No PostgreSQL type holds these values; a person must decide. */
    UNSUPPORTED
}

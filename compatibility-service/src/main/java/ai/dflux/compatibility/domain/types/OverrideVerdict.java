package ai.dflux.compatibility.domain.types;

/** The answer to a tenant's type override: the type it gives, or why it cannot be used. */
public sealed interface OverrideVerdict {

    /** The override can be used; {@code mapped} says how well it holds the source's values. */
    record Accepted(MappedType mapped) implements OverrideVerdict {
    }

    /** The override cannot be used: the text is not a PostgreSQL type, or no source value fits it. */
    record Rejected(String reason) implements OverrideVerdict {
    }
}

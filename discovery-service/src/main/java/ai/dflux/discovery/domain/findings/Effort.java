package ai.dflux.discovery.domain.findings;

/** How much work an object's conversion is expected to take; the Compatibility Agent refines it. */
public enum Effort {
    /** dflux converts it without anyone's help. */
    AUTOMATIC,
    /** dflux converts it, and a finding says what changes or what to check. */
    WITH_WARNINGS,
    /** A person must decide or rewrite something first. */
    MANUAL
}

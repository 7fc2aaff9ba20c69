package ai.dflux.contracts.conversion;

/** How a source value changes on its way into the target column, when its text form does not fit as it is. */
public enum ValueRule {
    AS_IS,
    /** MySQL zero dates ({@code 0000-00-00}, {@code 2024-00-10}) become {@code -infinity}; see docs/type-mapping.md. */
    ZERO_DATE_TO_MINUS_INFINITY,
    /** A MySQL SET value {@code a,b} becomes the array {@code {a,b}}. */
    SET_TO_ARRAY,
    /** MySQL BIT(n) bytes become a bit string of n digits. */
    BITS_TO_BIT_STRING,
    /** MySQL spatial values (SRID + WKB) are kept as their bytes. */
    SPATIAL_AS_BYTES
}

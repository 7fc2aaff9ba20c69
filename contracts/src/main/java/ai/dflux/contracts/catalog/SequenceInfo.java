package ai.dflux.contracts.catalog;

/**
 * A sequence.
 *
 * @param currentValue the last value handed out when the catalog was read, or null when none was yet (or unknown)
 */
public record SequenceInfo(String schema, String name, String dataType, long start, long increment, Long minValue,
        Long maxValue, boolean cycle, Long currentValue) {
}

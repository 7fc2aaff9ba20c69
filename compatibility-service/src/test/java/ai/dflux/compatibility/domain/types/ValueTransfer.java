package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.values.SourceValues;
import java.math.BigInteger;

/**
 * What the executor does to a value on its way in ({@link #toTarget}) and what turns it back
 * ({@link #backToSource}), as docs/type-mapping.md describes each {@link ValueRule}; for round-trip tests.
 */
final class ValueTransfer {

    private ValueTransfer() {
    }

    /** The value to write into the target column: a String (text form) or byte[]. */
    static Object toTarget(ValueRule rule, Object source, MappedType mapped) {
        return switch (rule) {
            case AS_IS, SPATIAL_AS_BYTES -> source;
            case ZERO_DATE_TO_MINUS_INFINITY -> SourceValues.isZeroDate((String) source) ? "-infinity" : source;
            case SET_TO_ARRAY -> SourceValues.setAsArrayLiteral((String) source);
            case BITS_TO_BIT_STRING -> SourceValues.bitString((byte[]) source, bitLength(mapped));
        };
    }

    /** The source's form of a value read back from the target, for the rules that can be turned back. */
    static Object backToSource(ValueRule rule, Object target, String sourceType) {
        return switch (rule) {
            case AS_IS, SPATIAL_AS_BYTES -> target;
            case ZERO_DATE_TO_MINUS_INFINITY -> "-infinity".equals(target)
                    ? sourceType.equals("date") ? "0000-00-00" : "0000-00-00 00:00:00" : target;
            case SET_TO_ARRAY -> String.join(",", (String[]) target);
            case BITS_TO_BIT_STRING -> {
                byte[] bytes = new BigInteger((String) target, 2).toByteArray();
                int length = (((String) target).length() + 7) / 8;
                byte[] exact = new byte[length];
                int copy = Math.min(length, bytes.length);
                System.arraycopy(bytes, bytes.length - copy, exact, length - copy, copy);
                yield exact;
            }
        };
    }

    private static int bitLength(MappedType mapped) {
        return Integer.parseInt(PostgresTypeName.parse(mapped.sqlType()).modifiers().get(0));
    }
}

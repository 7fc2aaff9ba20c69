package ai.dflux.contracts.values;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a source value changes on its way into its target column under the Compatibility Agent's value rules
 * ({@code docs/type-mapping.md}): shared by whatever writes rows into a converted target.
 */
public final class SourceValues {

    private SourceValues() {
    }

    /** Whether a MySQL date has a zero year, month or day ({@code 0000-00-00}, {@code 2024-00-10}). */
    public static boolean isZeroDate(String date) {
        return date.length() >= 10 && (date.startsWith("0000") || date.startsWith("00", 5)
                || date.startsWith("00", 8));
    }

    /** A MySQL SET value ({@code a,b}; {@code ''} is the empty set) as a PostgreSQL text array literal. */
    public static String setAsArrayLiteral(String set) {
        if (set.isEmpty()) {
            return "{}";
        }
        return Arrays.stream(set.split(",", -1))
                .map(member -> '"' + member.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The bytes of a MySQL BIT(n) value as the n binary digits of a PostgreSQL bit string. */
    public static String bitString(byte[] bytes, int length) {
        String digits = new BigInteger(1, bytes).toString(2);
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }
}

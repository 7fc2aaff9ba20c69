package ai.dflux.compatibility.domain.types;

import java.math.BigInteger;
import java.util.List;

/**
 * The values a column type can hold, as far as dflux compares them: the source side of a mapping and the target side
 * of an override are both described this way, so {@link DomainFit} can tell whether one holds the other.
 */
public sealed interface ValueDomain {

    static Integers integers(long min, long max) {
        return new Integers(BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    /** Integers of a two's complement type of {@code bits} bits, or of its unsigned form. */
    static Integers integerBits(int bits, boolean unsigned) {
        return unsigned ? new Integers(BigInteger.ZERO, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE))
                : new Integers(BigInteger.TWO.pow(bits - 1).negate(), BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE));
    }

    /** The integers of at most {@code digits} decimal digits, either sign. */
    static Integers integerDigits(int digits) {
        BigInteger max = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
        return new Integers(max.negate(), max);
    }

    /** Integers from min to max. */
    record Integers(BigInteger min, BigInteger max) implements ValueDomain {
        boolean contains(Integers other) {
            return min.compareTo(other.min) <= 0 && max.compareTo(other.max) >= 0;
        }

        /** Decimal digits of the largest magnitude. */
        int digits() {
            return Math.max(min.abs().toString().length(), max.abs().toString().length());
        }
    }

    /**
     * Fixed-point decimals of {@code precision} digits, {@code scale} of them after the point; a null precision means
     * as many digits as PostgreSQL's unconstrained {@code numeric} holds, on either side of the point.
     */
    record Decimals(Integer precision, int scale, boolean nonNegative) implements ValueDomain {
        static Decimals unlimited() {
            return new Decimals(null, 0, false);
        }

        int integerDigits() {
            return precision - scale;
        }
    }

    /** Binary floating point of {@code significandBits} bits: 24 for single, 53 for double precision. */
    record Floats(int significandBits, boolean nonNegative) implements ValueDomain {
    }

    record Booleans() implements ValueDomain {
    }

    /** Character strings of at most {@code maxLength} characters, or any length when null. */
    record Characters(Integer maxLength) implements ValueDomain {
    }

    /** One of a fixed list of labels (an enum). */
    record Labels(List<String> labels) implements ValueDomain {
        public Labels {
            labels = List.copyOf(labels);
        }
    }

    /** Any subset of a fixed list of members (a MySQL SET). */
    record LabelSets(List<String> members) implements ValueDomain {
        public LabelSets {
            members = List.copyOf(members);
        }
    }

    /** Byte strings of at most {@code maxLength} bytes, or any length when null. */
    record Bytes(Long maxLength) implements ValueDomain {
    }

    /** Bit strings of exactly {@code length} bits, or of at most that many when varying (any when length is null). */
    record Bits(Integer length, boolean varying) implements ValueDomain {
    }

    enum TemporalKind {
        DATE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE, TIME, TIME_WITH_TIME_ZONE, INTERVAL,
        /** MySQL TIME: an elapsed time or a time of day from -838:59:59 to 838:59:59. */
        MYSQL_TIME
    }

    /** Dates, times or intervals with {@code fractionDigits} digits of seconds. */
    record Temporal(TemporalKind kind, int fractionDigits) implements ValueDomain {
    }

    /** JSON documents; {@code normalised} when the type keeps the value but not its spelling (jsonb). */
    record Json(boolean normalised) implements ValueDomain {
    }

    /** Arrays of elements of a domain. */
    record Arrays(ValueDomain element) implements ValueDomain {
    }

    /** A type dflux compares by name only ({@code uuid}, {@code inet}, {@code xml}, a user-defined type). */
    record Named(String type) implements ValueDomain {
    }
}

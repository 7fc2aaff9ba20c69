package ai.dflux.compatibility.domain.types;

import ai.dflux.compatibility.domain.types.ValueDomain.Arrays;
import ai.dflux.compatibility.domain.types.ValueDomain.Bits;
import ai.dflux.compatibility.domain.types.ValueDomain.Booleans;
import ai.dflux.compatibility.domain.types.ValueDomain.Bytes;
import ai.dflux.compatibility.domain.types.ValueDomain.Characters;
import ai.dflux.compatibility.domain.types.ValueDomain.Decimals;
import ai.dflux.compatibility.domain.types.ValueDomain.Floats;
import ai.dflux.compatibility.domain.types.ValueDomain.Integers;
import ai.dflux.compatibility.domain.types.ValueDomain.Json;
import ai.dflux.compatibility.domain.types.ValueDomain.LabelSets;
import ai.dflux.compatibility.domain.types.ValueDomain.Labels;
import ai.dflux.compatibility.domain.types.ValueDomain.Named;
import ai.dflux.compatibility.domain.types.ValueDomain.Temporal;
import ai.dflux.compatibility.domain.types.ValueDomain.TemporalKind;
import java.math.BigInteger;

/**
 * Whether a target type holds every value of a source type, and if not, which values it changes or rejects.
 *
 * @param verdict the answer
 * @param reason what is lost or why nothing fits, naming both types; null for SAME and HOLDS
 */
public record DomainFit(Verdict verdict, String reason) {

    public enum Verdict {
        /** The target holds exactly the source's values. */
        SAME,
        /** The target holds every source value, and more. */
        HOLDS,
        /** Some source values are changed or rejected. */
        LOSES,
        /** dflux cannot compare the two (a user-defined or extension type); the target decides when rows arrive. */
        UNKNOWN,
        /** No source value fits the target. */
        CANNOT
    }

    private static final DomainFit SAME = new DomainFit(Verdict.SAME, null);
    private static final DomainFit HOLDS = new DomainFit(Verdict.HOLDS, null);
    private static final BigInteger REAL_EXACT_INTEGERS = BigInteger.TWO.pow(24);
    private static final BigInteger DOUBLE_EXACT_INTEGERS = BigInteger.TWO.pow(53);

    /**
     * How {@code target} (spelt {@code targetType}) holds the values of {@code source} (spelt {@code sourceType}); a
     * null source domain is a source type dflux does not know.
     */
    public static DomainFit of(ValueDomain source, String sourceType, ValueDomain target, String targetType) {
        return new Comparison(sourceType, targetType).fit(source, target);
    }

    public boolean holdsEverything() {
        return verdict == Verdict.SAME || verdict == Verdict.HOLDS;
    }

    private record Comparison(String source, String target) {

        DomainFit fit(ValueDomain from, ValueDomain to) {
            if (from == null) {
                return unknown("dflux does not know the values of " + source);
            }
            if (from.equals(to)) {
                return SAME;
            }
            if (to instanceof Named named && !(from instanceof Named)) {
                return unknown("dflux cannot tell whether " + named.type() + " holds every " + source
                        + " value; the target decides when the rows arrive");
            }
            if (to instanceof Characters text && !(from instanceof Characters)) {
                return intoText(from, text);
            }
            if (isNumber(from)) {
                return numberInto(asNumber(from, to), to);
            }
            if (from instanceof Characters text) {
                return textInto(text, to);
            }
            if (from instanceof Temporal time && to instanceof Temporal targetTime) {
                return temporal(time, targetTime);
            }
            if (from instanceof Bytes bytes && to instanceof Bytes targetBytes) {
                return fitsLength(bytes.maxLength(), targetBytes.maxLength(), "bytes");
            }
            if (from instanceof Labels labels && to instanceof Labels targetLabels) {
                return targetLabels.labels().containsAll(labels.labels()) ? HOLDS
                        : loses(target + " lacks some labels of " + source);
            }
            if (from instanceof LabelSets sets && to instanceof Arrays array) {
                return fit(new Labels(sets.members()), array.element()).holdsEverything() ? HOLDS
                        : loses(target + " cannot hold every member of " + source);
            }
            if (from instanceof Json json && to instanceof Json targetJson) {
                return !json.normalised() && targetJson.normalised()
                        ? loses(target + " keeps each JSON value but not its spelling: blanks, key order and "
                                + "duplicate keys of " + source + " are not kept")
                        : HOLDS;
            }
            if (from instanceof Arrays array && to instanceof Arrays targetArray) {
                return fit(array.element(), targetArray.element());
            }
            if (from instanceof Named) {
                return unknown("dflux cannot tell whether " + target + " holds every " + source + " value");
            }
            return cannot(target + " cannot hold " + source + " values");
        }

        private DomainFit intoText(ValueDomain from, Characters text) {
            if (from instanceof Bytes) {
                return loses(target + " cannot hold bytes that are not valid UTF-8, zero bytes among them");
            }
            Integer longest = longestText(from);
            if (text.maxLength() == null || longest != null && longest <= text.maxLength()) {
                return HOLDS;
            }
            return loses(target + " cannot hold the text of every " + source + " value"
                    + (longest == null ? "" : " (up to " + longest + " characters)"));
        }

        private DomainFit textInto(Characters text, ValueDomain to) {
            if (to instanceof Characters targetText) {
                return fitsLength(text.maxLength() == null ? null : text.maxLength().longValue(),
                        targetText.maxLength() == null ? null : targetText.maxLength().longValue(), "characters");
            }
            return loses(target + " holds only the " + source + " values that read as " + target
                    + "; others are rejected");
        }

        private DomainFit fitsLength(Long from, Long to, String unit) {
            if (to == null || from != null && from <= to) {
                return HOLDS;
            }
            return loses(target + " cannot hold " + source + " values longer than " + to + " " + unit);
        }

        private DomainFit numberInto(ValueDomain from, ValueDomain to) {
            if (to instanceof Integers integers) {
                return intoIntegers(from, integers);
            }
            if (to instanceof Decimals decimals) {
                return intoDecimals(from, decimals);
            }
            if (to instanceof Floats floats) {
                return intoFloats(from, floats);
            }
            if (to instanceof Booleans) {
                return from instanceof Integers integers && new Integers(BigInteger.ZERO, BigInteger.ONE).contains(integers)
                        ? HOLDS : loses("boolean cannot hold " + source + " values other than 0 and 1");
            }
            if (to instanceof Bits bits && from instanceof Bits sourceBits) {
                if (bits.varying()) {
                    return bits.length() == null || sourceBits.length() != null && sourceBits.length() <= bits.length()
                            ? HOLDS : loses(target + " cannot hold more than " + bits.length() + " bits");
                }
                return loses(target + " holds exactly " + bits.length() + " bits; " + source + " values have "
                        + (sourceBits.length() == null ? "any number of" : sourceBits.length()));
            }
            return cannot(target + " cannot hold " + source + " values");
        }

        private DomainFit intoIntegers(ValueDomain from, Integers to) {
            if (from instanceof Integers integers) {
                return to.contains(integers) ? HOLDS
                        : loses(target + " holds integers from " + to.min() + " to " + to.max() + "; " + source
                                + " holds " + integers.min() + " to " + integers.max());
            }
            if (from instanceof Decimals decimals) {
                if (decimals.precision() == null || decimals.scale() > 0) {
                    return loses(target + " cannot hold the fractions or the largest values of " + source);
                }
                return intoIntegers(ValueDomain.integerDigits(decimals.integerDigits()), to);
            }
            return loses(target + " cannot hold the fractions or the range of " + source + " values");
        }

        private DomainFit intoDecimals(ValueDomain from, Decimals to) {
            if (to.precision() == null) {
                return HOLDS;
            }
            if (from instanceof Integers integers) {
                return integers.digits() <= to.integerDigits() ? HOLDS
                        : loses(target + " holds " + to.integerDigits() + " digits before the point; " + source
                                + " values have up to " + integers.digits());
            }
            if (from instanceof Decimals decimals) {
                if (decimals.precision() == null) {
                    return loses(target + " cannot hold every " + source + " value: it has at most "
                            + to.integerDigits() + " digits before and " + to.scale() + " after the point");
                }
                if (decimals.scale() > to.scale()) {
                    return loses(target + " rounds " + source + " values to " + to.scale() + " decimals");
                }
                return decimals.integerDigits() <= to.integerDigits() ? HOLDS
                        : loses(target + " holds " + to.integerDigits() + " digits before the point; " + source
                                + " values have up to " + decimals.integerDigits());
            }
            return loses(target + " cannot hold every " + source + " value exactly");
        }

        private DomainFit intoFloats(ValueDomain from, Floats to) {
            boolean single = to.significandBits() < 53;
            String digits = single ? "6" : "15";
            if (from instanceof Integers integers) {
                BigInteger exact = single ? REAL_EXACT_INTEGERS : DOUBLE_EXACT_INTEGERS;
                return integers.max().compareTo(exact) <= 0 && integers.min().negate().compareTo(exact) <= 0 ? HOLDS
                        : loses(target + " rounds integers beyond 2^" + to.significandBits() + " of " + source);
            }
            if (from instanceof Decimals decimals) {
                return decimals.precision() != null && decimals.precision() <= Integer.parseInt(digits) ? HOLDS
                        : loses(target + " keeps about " + digits + " significant digits; longer " + source
                                + " values are rounded");
            }
            if (from instanceof Floats floats) {
                return floats.significandBits() <= to.significandBits() ? HOLDS
                        : loses(target + " rounds " + source + " values to about " + digits
                                + " significant digits and cannot hold beyond 3.4e38");
            }
            return HOLDS;
        }

        private DomainFit temporal(Temporal from, Temporal to) {
            TemporalKind a = from.kind();
            TemporalKind b = to.kind();
            DomainFit kinds = temporalKinds(a, b);
            if (!kinds.holdsEverything() || a == TemporalKind.DATE || b == TemporalKind.DATE) {
                return kinds;
            }
            return from.fractionDigits() <= to.fractionDigits() ? HOLDS
                    : loses(target + " rounds the fractional seconds of " + source + " to " + to.fractionDigits()
                            + " digits");
        }

        private DomainFit temporalKinds(TemporalKind a, TemporalKind b) {
            if (a == b) {
                return HOLDS;
            }
            boolean timestamps = (a == TemporalKind.TIMESTAMP || a == TemporalKind.TIMESTAMP_WITH_TIME_ZONE)
                    && (b == TemporalKind.TIMESTAMP || b == TemporalKind.TIMESTAMP_WITH_TIME_ZONE);
            if (a == TemporalKind.DATE && (b == TemporalKind.TIMESTAMP || b == TemporalKind.TIMESTAMP_WITH_TIME_ZONE)) {
                return HOLDS;
            }
            if (b == TemporalKind.DATE && (a == TemporalKind.TIMESTAMP || a == TemporalKind.TIMESTAMP_WITH_TIME_ZONE)) {
                return loses("date drops the time of day of " + source + " values");
            }
            if (timestamps) {
                return loses(b == TemporalKind.TIMESTAMP_WITH_TIME_ZONE
                        ? target + " reads the zone-less " + source + " values in the session time zone; times "
                                + "skipped by a daylight saving change are moved"
                        : target + " keeps the local time of " + source + " values but not their instant");
            }
            if (b == TemporalKind.INTERVAL && (a == TemporalKind.MYSQL_TIME || a == TemporalKind.TIME)) {
                return HOLDS;
            }
            if (a == TemporalKind.MYSQL_TIME && (b == TemporalKind.TIME || b == TemporalKind.TIME_WITH_TIME_ZONE)) {
                return loses(target + " cannot hold negative times or times of 24 hours and more, which " + source
                        + " holds (-838:59:59 to 838:59:59)");
            }
            if (a == TemporalKind.TIME && b == TemporalKind.MYSQL_TIME || a == TemporalKind.TIME
                    && b == TemporalKind.TIME_WITH_TIME_ZONE) {
                return HOLDS;
            }
            return loses(target + " cannot hold every " + source + " value");
        }

        private static boolean isNumber(ValueDomain domain) {
            return domain instanceof Integers || domain instanceof Decimals || domain instanceof Floats
                    || domain instanceof Booleans || domain instanceof Bits;
        }

        /** Booleans, and fixed bit strings going into a number, compare as the integers they are. */
        private static ValueDomain asNumber(ValueDomain domain, ValueDomain target) {
            if (domain instanceof Booleans) {
                return ValueDomain.integers(0, 1);
            }
            if (domain instanceof Bits bits && !(target instanceof Bits) && !bits.varying() && bits.length() != null) {
                return ValueDomain.integerBits(bits.length(), true);
            }
            return domain;
        }

        private static Integer longestText(ValueDomain domain) {
            if (domain instanceof Integers integers) {
                return integers.digits() + (integers.min().signum() < 0 ? 1 : 0);
            }
            if (domain instanceof Decimals decimals) {
                return decimals.precision() == null ? null : decimals.precision() + 2;
            }
            if (domain instanceof Floats floats) {
                return floats.significandBits() < 53 ? 14 : 24;
            }
            if (domain instanceof Booleans) {
                return 5;
            }
            if (domain instanceof Labels labels) {
                return labels.labels().stream().mapToInt(String::length).max().orElse(0);
            }
            if (domain instanceof LabelSets sets) {
                return sets.members().stream().mapToInt(m -> m.length() + 1).sum();
            }
            if (domain instanceof Bits bits) {
                return bits.length();
            }
            if (domain instanceof Temporal time) {
                return longestText(time);
            }
            return null;
        }

        private static Integer longestText(Temporal time) {
            int fraction = time.fractionDigits() == 0 ? 0 : time.fractionDigits() + 1;
            return switch (time.kind()) {
                case DATE -> 13;
                case TIMESTAMP -> 22 + fraction;
                case TIMESTAMP_WITH_TIME_ZONE -> 31 + fraction;
                case TIME -> 8 + fraction;
                case TIME_WITH_TIME_ZONE -> 17 + fraction;
                case MYSQL_TIME -> 10 + fraction;
                case INTERVAL -> null;
            };
        }

        private static DomainFit loses(String reason) {
            return new DomainFit(Verdict.LOSES, reason);
        }

        private static DomainFit unknown(String reason) {
            return new DomainFit(Verdict.UNKNOWN, reason);
        }

        private static DomainFit cannot(String reason) {
            return new DomainFit(Verdict.CANNOT, reason);
        }
    }
}

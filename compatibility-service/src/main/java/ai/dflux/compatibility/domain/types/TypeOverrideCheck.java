package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.compatibility.domain.types.DomainFit.Verdict;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a tenant's choice of target type for one column: whether PostgreSQL takes the type name, and whether the type
 * holds every value the source column can hold.
 */
public final class TypeOverrideCheck {

    public OverrideVerdict check(Dialect source, ColumnInfo column, TypeOverride override) {
        return check(source, column, override.targetType());
    }

    public OverrideVerdict check(Dialect source, ColumnInfo column, String targetType) {
        PostgresTypeName target;
        try {
            target = PostgresTypeName.parse(targetType);
        } catch (IllegalArgumentException notAType) {
            return new OverrideVerdict.Rejected("'" + targetType + "' is not a PostgreSQL type: "
                    + notAType.getMessage());
        }
        TypeDecision standard = TypeMappings.table(source).decide(column);
        String type = target.render();
        DomainFit fit = DomainFit.of(standard.sourceDomain(), column.dataType(), target.domain(), type);
        if (fit.verdict() == Verdict.CANNOT) {
            return new OverrideVerdict.Rejected(fit.reason());
        }
        List<String> notes = new ArrayList<>();
        notes.add("Override of the type table's choice, " + describe(standard.mapped()) + ".");
        if (fit.reason() != null) {
            notes.add(fit.reason() + ".");
        }
        ValueRule valueRule = valueRule(standard.mapped(), target.domain(), notes);
        return new OverrideVerdict.Accepted(new MappedType(type, fidelity(fit.verdict()), null, List.of(), valueRule,
                notes));
    }

    private static Fidelity fidelity(Verdict verdict) {
        return switch (verdict) {
            case SAME -> Fidelity.EXACT;
            case HOLDS -> Fidelity.WIDENED;
            case LOSES, UNKNOWN, CANNOT -> Fidelity.LOSSY;
        };
    }

    private static String describe(MappedType standard) {
        if (standard.fidelity() == Fidelity.UNSUPPORTED) {
            return "which has no type for it";
        }
        String type = standard.sqlType() == null ? "an enum type of its own" : standard.sqlType();
        return type + " (" + standard.fidelity().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The standard value rule where the override's values are of the same kind, else the source's text form. */
    private static ValueRule valueRule(MappedType standard, ValueDomain target, List<String> notes) {
        ValueRule rule = standard.valueRule();
        boolean kept = switch (rule) {
            case AS_IS -> true;
            case ZERO_DATE_TO_MINUS_INFINITY -> target instanceof ValueDomain.Temporal time
                    && time.kind() != ValueDomain.TemporalKind.INTERVAL;
            case SET_TO_ARRAY -> target instanceof ValueDomain.Arrays;
            case BITS_TO_BIT_STRING -> target instanceof ValueDomain.Bits || target instanceof ValueDomain.Booleans;
            case SPATIAL_AS_BYTES -> target instanceof ValueDomain.Bytes;
        };
        if (kept) {
            return rule;
        }
        notes.add("Values arrive in the source's own text form, without " + rule.name()
                + "; check that the executor can write them.");
        return ValueRule.AS_IS;
    }
}

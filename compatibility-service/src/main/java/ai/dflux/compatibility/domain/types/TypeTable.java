package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** An ordered list of rules; the first rule that takes a source type decides it. */
final class TypeTable {

    private final List<TypeTableRule> rules;

    private TypeTable(List<TypeTableRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Builder builder() {
        return new Builder();
    }

    List<TypeRule> rows() {
        return rules.stream().map(TypeTableRule::row).toList();
    }

    /** The decision for a type string; a string no rule takes, or that is not a type at all, is UNSUPPORTED. */
    TypeDecision decide(String dataType) {
        Optional<SourceType> parsed = SourceType.parse(dataType);
        if (parsed.isEmpty()) {
            return unsupported("dflux cannot read the type '" + dataType + "'");
        }
        SourceType type = parsed.get();
        for (TypeTableRule rule : rules) {
            if (rule.takes().test(type)) {
                return decision(rule, rule.convert().apply(type));
            }
        }
        return unsupported("dflux has no rule for the type '" + dataType + "'; a person must choose its target type");
    }

    private static TypeDecision decision(TypeTableRule rule, Conversion conversion) {
        List<String> notes = new ArrayList<>();
        notes.add(rule.row().why());
        notes.addAll(conversion.notes());
        return new TypeDecision(conversion.sourceDomain(), new MappedType(conversion.sqlType(),
                rule.row().fidelity(), conversion.check(), conversion.enumLabels(), conversion.valueRule(), notes));
    }

    static TypeDecision unsupported(String note) {
        return new TypeDecision(null, new MappedType(null, Fidelity.UNSUPPORTED, null, List.of(), ValueRule.AS_IS,
                List.of(note)));
    }

    static final class Builder {
        private final List<TypeTableRule> rules = new ArrayList<>();

        /**
         * Adds a row.
         *
         * @param source the source types the row takes, as the document names them
         * @param target the target type, as the document names it
         */
        Builder rule(String source, String target, Fidelity fidelity, String why, Predicate<SourceType> takes,
                Function<SourceType, Conversion> convert) {
            rules.add(new TypeTableRule(new TypeRule(source, target, fidelity, why), takes, convert));
            return this;
        }

        TypeTable build() {
            return new TypeTable(rules);
        }
    }
}

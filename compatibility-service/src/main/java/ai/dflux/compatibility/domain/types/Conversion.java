package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What one rule makes of one source type: the target type and how values get there, and the values the source type
 * holds (what an override is compared with).
 *
 * @param sqlType the PostgreSQL type, or null for an enum type of the column's own or an unsupported type
 * @param check a CHECK expression with {@code %s} for the column, or null
 * @param enumLabels the labels of the column's own enum type, else empty
 * @param sourceDomain the values the source type holds, or null when dflux does not know them
 * @param notes what this source type adds to the rule's reason ({@code zerofill} padding), usually empty
 */
public record Conversion(String sqlType, String check, List<String> enumLabels, ValueRule valueRule,
        ValueDomain sourceDomain, List<String> notes) {

    public Conversion {
        enumLabels = List.copyOf(enumLabels);
        notes = List.copyOf(notes);
    }

    static Conversion to(String sqlType, ValueDomain sourceDomain) {
        return new Conversion(sqlType, null, List.of(), ValueRule.AS_IS, sourceDomain, List.of());
    }

    static Conversion toEnum(List<String> labels) {
        return new Conversion(null, null, labels, ValueRule.AS_IS, new ValueDomain.Labels(labels), List.of());
    }

    static Conversion none(ValueDomain sourceDomain) {
        return to(null, sourceDomain);
    }

    Conversion check(String expression) {
        return new Conversion(sqlType, expression, enumLabels, valueRule, sourceDomain, notes);
    }

    Conversion rule(ValueRule rule) {
        return new Conversion(sqlType, check, enumLabels, rule, sourceDomain, notes);
    }

    Conversion note(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Conversion(sqlType, check, enumLabels, valueRule, sourceDomain, more);
    }
}

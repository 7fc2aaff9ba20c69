package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import java.util.List;

/**
 * The PostgreSQL type chosen for one source column.
 *
 * @param sqlType the target type as it appears in a column definition ({@code numeric(20,0)}, {@code text[]}); for a
 *     column that needs an enum type of its own this is null and {@code enumLabels} holds the labels
 * @param fidelity how well it holds the source's values
 * @param check a CHECK expression that keeps the source's value domain, with {@code %s} standing for the quoted column
 *     name wherever it appears ({@code %s between 0 and 4294967295}) and {@code %%} for a percent sign, or null; see
 *     {@link #checkOn}
 * @param enumLabels the labels of an enum type the DDL must create for this column, in order; empty otherwise
 * @param valueRule how the executor must convert a source value on its way in, or {@link ValueRule#AS_IS}
 * @param notes why the choice was made or what is lost, for the report; never empty for LOSSY or UNSUPPORTED
 */
public record MappedType(String sqlType, Fidelity fidelity, String check, List<String> enumLabels,
        ValueRule valueRule, List<String> notes) {

    public MappedType {
        enumLabels = List.copyOf(enumLabels);
        notes = List.copyOf(notes);
    }

    /** The CHECK expression for a column ({@code "rating"}, quoted as the DDL needs it), or null when there is none. */
    public String checkOn(String quotedColumn) {
        if (check == null) {
            return null;
        }
        StringBuilder expression = new StringBuilder();
        for (int i = 0; i < check.length(); i++) {
            char c = check.charAt(i);
            if (c == '%' && i + 1 < check.length() && (check.charAt(i + 1) == 's' || check.charAt(i + 1) == '%')) {
                expression.append(check.charAt(i + 1) == 's' ? quotedColumn : "%");
                i++;
            } else {
                expression.append(c);
            }
        }
        return expression.toString();
    }
}

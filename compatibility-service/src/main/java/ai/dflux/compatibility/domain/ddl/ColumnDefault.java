package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code DEFAULT} of a target column. Literal defaults (which MariaDB reports quoted, {@code 'G'}, {@code '0'})
 * are written as literals, adjusted to the target type where the value rule changes them; anything else goes through
 * the SQL translator. MySQL's {@code ON UPDATE} clause, which the catalog appends to the default, is not a default
 * and is left out with a warning.
 *
 * @param sql the expression after {@code DEFAULT}, or null for none
 * @param warnings what a DBA should know
 * @param failure why the default could not be converted, or null
 */
record ColumnDefault(String sql, List<String> warnings, String failure) {

    private static final String ON_UPDATE = "ON UPDATE ";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("'([^']|'')*'");
    private static final Pattern ZERO_DATE = Pattern.compile("(0000-\\d\\d-\\d\\d|\\d{4}-00-\\d\\d|\\d{4}-\\d\\d-00).*");

    static ColumnDefault of(ConversionContext context, TableInfo table, ColumnInfo column, ColumnType type) {
        String text = column.defaultValue();
        if (text == null || column.identity() != null || column.generatedExpression() != null) {
            return new ColumnDefault(null, List.of(), null);
        }
        List<String> warnings = new ArrayList<>();
        if (context.mysqlFamily()) {
            int onUpdate = onUpdateAt(text);
            if (onUpdate >= 0) {
                warnings.add("column " + column.name() + ": " + text.substring(onUpdate) + " is not kept;"
                        + " PostgreSQL needs a trigger to change the value on every update");
                text = text.substring(0, onUpdate).strip();
                if (text.isEmpty()) {
                    return new ColumnDefault(null, warnings, null);
                }
            }
        }
        if ("NULL".equalsIgnoreCase(text.strip())) {
            return new ColumnDefault(null, warnings, null);
        }
        String literal = literal(text.strip(), type);
        if (literal != null) {
            return new ColumnDefault(literal, warnings, null);
        }
        Translation translation = context.expression(table, text);
        if (!translation.translated()) {
            return new ColumnDefault(null, warnings, "the default of column " + column.name() + " (" + text
                    + ") cannot be translated: " + translation.failure());
        }
        translation.warnings().forEach(w -> warnings.add("default of column " + column.name() + ": " + w));
        return new ColumnDefault(translation.sql(), warnings, null);
    }

    /** Where {@code ON UPDATE } starts (at the start or after a space), or -1. */
    private static int onUpdateAt(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith(ON_UPDATE)) {
            return 0;
        }
        int at = upper.lastIndexOf(" " + ON_UPDATE);
        return at < 0 ? -1 : at + 1;
    }

    /** The literal as PostgreSQL takes it for the target type, or null when the text is not a plain literal. */
    private static String literal(String text, ColumnType type) {
        boolean number = NUMBER.matcher(text).matches();
        boolean quoted = QUOTED.matcher(text).matches();
        if (!number && !quoted) {
            return null;
        }
        String value = quoted ? text.substring(1, text.length() - 1).replace("''", "'") : text;
        if ("boolean".equalsIgnoreCase(type.sqlType()) && NUMBER.matcher(value).matches()) {
            return Double.parseDouble(value) == 0 ? "false" : "true";
        }
        ValueRule rule = type.mapped().valueRule();
        if (rule == ValueRule.ZERO_DATE_TO_MINUS_INFINITY && ZERO_DATE.matcher(value).matches()) {
            return "'-infinity'";
        }
        if (rule == ValueRule.SET_TO_ARRAY) {
            return Identifiers.literal(value.isEmpty() ? "{}" : "{" + value + "}");
        }
        return quoted ? Identifiers.literal(value) : text;
    }
}

package ai.dflux.executor.domain.copy;

import ai.dflux.executor.domain.db.MariaDbNames;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.values.SourceValues;
import ai.dflux.executor.domain.values.PgText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one MySQL/MariaDB column is selected and turned into the PostgreSQL text its target column reads, under the
 * column's {@link ValueRule} (docs/type-mapping.md).
 */
final class MariaDbColumn {

    private static final Pattern BIT_LENGTH = Pattern.compile("bit\\s*\\((\\d+)\\)");

    private enum Form { TEXT, BYTES, BITS }

    private final ColumnPlan plan;
    private final String expression;
    private final Form form;
    private final int bitLength;

    private MariaDbColumn(ColumnPlan plan, String expression, Form form, int bitLength) {
        this.plan = plan;
        this.expression = expression;
        this.form = form;
        this.bitLength = bitLength;
    }

    static MariaDbColumn of(ColumnPlan plan) {
        String column = MariaDbNames.quote(plan.source());
        String sourceType = lower(plan.sourceType());
        String targetType = lower(plan.targetType());
        if (plan.valueRule() == ValueRule.BITS_TO_BIT_STRING || sourceType.startsWith("bit")) {
            return new MariaDbColumn(plan, column, Form.BITS, bitLength(sourceType, targetType));
        }
        if (plan.valueRule() == ValueRule.SPATIAL_AS_BYTES || targetType.startsWith("bytea")) {
            return new MariaDbColumn(plan, column, Form.BYTES, 0);
        }
        if (sourceType.startsWith("float")) {
            // The text protocol shows a FLOAT with 6 digits; as a DOUBLE its exact value survives.
            return new MariaDbColumn(plan, "CAST(" + column + " AS DOUBLE)", Form.TEXT, 0);
        }
        if (isTemporal(sourceType)) {
            // The server's own text keeps zero dates, fractions and TIME values beyond 24 hours as they are.
            return new MariaDbColumn(plan, "CAST(" + column + " AS CHAR)", Form.TEXT, 0);
        }
        return new MariaDbColumn(plan, column, Form.TEXT, 0);
    }

    String expression() {
        return expression;
    }

    /** Appends the value at {@code index} of the current row as a COPY text field. */
    void append(ResultSet row, int index, StringBuilder out) throws SQLException {
        PgText.appendCopyField(out, text(row, index));
    }

    private String text(ResultSet row, int index) throws SQLException {
        switch (form) {
            case BYTES -> {
                byte[] bytes = row.getBytes(index);
                return bytes == null ? null : PgText.bytea(bytes);
            }
            case BITS -> {
                byte[] bytes = row.getBytes(index);
                return bytes == null ? null : SourceValues.bitString(bytes, bitLength);
            }
            default -> {
                String value = row.getString(index);
                return value == null ? null : byRule(value);
            }
        }
    }

    private String byRule(String value) {
        return switch (plan.valueRule() == null ? ValueRule.AS_IS : plan.valueRule()) {
            case ZERO_DATE_TO_MINUS_INFINITY -> SourceValues.isZeroDate(value) ? "-infinity" : value;
            case SET_TO_ARRAY -> SourceValues.setAsArrayLiteral(value);
            default -> value;
        };
    }

    private static boolean isTemporal(String sourceType) {
        return sourceType.startsWith("date") || sourceType.startsWith("time") || sourceType.startsWith("year");
    }

    private static int bitLength(String sourceType, String targetType) {
        for (String type : new String[] {sourceType, targetType}) {
            Matcher matcher = BIT_LENGTH.matcher(type);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return 1;
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}

package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import net.sf.jsqlparser.expression.StringValue;

/**
 * String literals of the source as values, and values as PostgreSQL literals. MySQL strings may carry backslash
 * escapes (default sql_mode) and be delimited by double quotes; Oracle's empty string is NULL.
 */
final class StringLiterals {

    private StringLiterals() {
    }

    /** The value a source literal denotes (its charset introducer or N prefix dropped). */
    static String value(StringValue literal, SourceSyntax syntax) {
        String prefix = literal.getPrefix() == null ? "" : literal.getPrefix().toUpperCase(Locale.ROOT);
        if (prefix.equals("X") || prefix.equals("B") || prefix.equals("E") || prefix.equals("Q")) {
            throw new UntranslatableSql("string literal with prefix " + prefix + ": " + literal);
        }
        return syntax.backslashEscapes() ? mySqlValue(literal.getValue(), '\'')
                : literal.getValue().replace("''", "'");
    }

    /** The value of a MySQL string written between {@code quote} characters (without them). */
    static String mySqlValue(String raw, char quote) {
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                value.append(unescaped(raw.charAt(++i)));
            } else if (c == quote && i + 1 < raw.length() && raw.charAt(i + 1) == quote) {
                value.append(quote);
                i++;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static String unescaped(char escaped) {
        return switch (escaped) {
            case '0' -> throw new UntranslatableSql("string literal with a NUL character (\\0)");
            case 'b' -> "\b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'Z' -> "\u001A";
            // MySQL keeps the backslash of \% and \_ so that they stay escaped in LIKE patterns
            case '%', '_' -> "\\" + escaped;
            default -> String.valueOf(escaped);
        };
    }

    /** The value as a standard PostgreSQL string literal. */
    static String postgres(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

package ai.dflux.executor.domain.values;

import java.util.HexFormat;
import java.util.List;

/** PostgreSQL's text forms of values: what {@code COPY ... FROM STDIN} in text format and text parameters accept. */
public final class PgText {

    /** How NULL is written in a COPY text row. */
    public static final String COPY_NULL = "\\N";

    private PgText() {
    }

    /** bytea in hex form: {@code \x0a1b}. */
    public static String bytea(byte[] bytes) {
        return "\\x" + HexFormat.of().formatHex(bytes);
    }

    /** An array literal of text elements, each quoted: {@code {"a","b"}}; a null element is NULL. */
    public static String array(List<String> elements) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String element = elements.get(i);
            if (element == null) {
                out.append("NULL");
            } else {
                out.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    /** A field of a COPY text row: backslash, tab, newline and carriage return escaped; null as {@value #COPY_NULL}. */
    public static void appendCopyField(StringBuilder row, String value) {
        if (value == null) {
            row.append(COPY_NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}

package ai.dflux.discovery.domain;

import java.util.Set;

/** Reads an Oracle data type ({@code NUMBER(8,2)}, {@code VARCHAR2(255 CHAR)}, {@code TIMESTAMP(6) WITH TIME ZONE}). */
final class OracleScriptDataType {

    private static final Set<String> LARGE_OBJECTS = Set.of("CLOB", "NCLOB", "BLOB", "BFILE", "LONG", "LONG RAW",
            "XMLTYPE", "SYS.XMLTYPE");

    private OracleScriptDataType() {
    }

    /** Whether values of this type (as {@link #read} spells it) are large objects. */
    static boolean isLargeObject(String dataType) {
        int paren = dataType.indexOf('(');
        return LARGE_OBJECTS.contains(paren < 0 ? dataType : dataType.substring(0, paren).strip());
    }

    /** Reads a data type at the cursor and spells it with upper-case keywords and no blanks inside its arguments. */
    static String read(OracleScriptCursor cursor) {
        StringBuilder type = new StringBuilder();
        if (cursor.accept("REF")) {
            type.append("REF ");
        }
        String[] name = cursor.qualifiedName();
        String base = name[0] == null ? name[1] : name[0] + "." + name[1];
        type.append(base);
        switch (base) {
            case "DOUBLE" -> word(cursor, type, "PRECISION");
            case "LONG" -> word(cursor, type, "RAW");
            case "CHARACTER", "CHAR", "NCHAR" -> word(cursor, type, "VARYING");
            case "NATIONAL" -> {
                if (!word(cursor, type, "CHARACTER")) {
                    word(cursor, type, "CHAR");
                }
                word(cursor, type, "VARYING");
            }
            case "INTERVAL" -> {
                if (!word(cursor, type, "YEAR")) {
                    word(cursor, type, "DAY");
                }
            }
            default -> {
            }
        }
        arguments(cursor, type);
        if (base.equals("TIMESTAMP") && cursor.is("WITH")) {
            cursor.next();
            type.append(" WITH");
            word(cursor, type, "LOCAL");
            word(cursor, type, "TIME");
            word(cursor, type, "ZONE");
        } else if (base.equals("INTERVAL") && cursor.is("TO")) {
            cursor.next();
            type.append(" TO");
            if (!word(cursor, type, "MONTH")) {
                word(cursor, type, "SECOND");
                arguments(cursor, type);
            }
        }
        return type.toString();
    }

    private static boolean word(OracleScriptCursor cursor, StringBuilder type, String word) {
        if (cursor.accept(word)) {
            type.append(' ').append(word);
            return true;
        }
        return false;
    }

    private static void arguments(OracleScriptCursor cursor, StringBuilder type) {
        if (!cursor.acceptSymbol("(")) {
            return;
        }
        type.append('(');
        boolean space = false;
        while (!cursor.acceptSymbol(")")) {
            OracleScriptToken token = cursor.next();
            if (token.isSymbol(",")) {
                type.append(',');
                space = false;
                continue;
            }
            if (space) {
                type.append(' ');
            }
            type.append(token.kind() == OracleScriptToken.Kind.WORD ? token.upper() : token.text());
            space = true;
        }
        type.append(')');
    }
}

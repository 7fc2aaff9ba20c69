package ai.dflux.discovery.domain;

import java.util.Locale;

/**
 * One token of an Oracle script: a word (keyword or unquoted identifier), a quoted identifier, a string or number
 * literal, a symbol, a SQL*Plus substitution variable ({@code &name}), or a line holding nothing but {@code /}.
 *
 * @param start offset of the first character in the script text
 * @param end offset just after the last character
 */
record OracleScriptToken(Kind kind, String text, int line, int start, int end) {

    enum Kind {
        WORD, QUOTED, STRING, NUMBER, SYMBOL, SUBST, SLASH_LINE
    }

    /** Whether this is the given keyword (an unquoted word, compared without regard to case). */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.SUBST;
    }

    /** The identifier as Oracle stores it: unquoted words upper-cased, quoted ones exactly as written. */
    String identifier() {
        return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}

package ai.dflux.discovery.domain;

import ai.dflux.discovery.domain.OracleScriptToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Walks the tokens of one statement: keywords, names, parenthesised groups, and the source text between tokens. */
final class OracleScriptCursor {

    private final List<OracleScriptToken> tokens;
    private final String source;
    private final Map<String, String> defines;
    private final int statementLine;
    private int pos;

    OracleScriptCursor(OracleScriptStatement statement, String source, Map<String, String> defines) {
        this.tokens = statement.tokens();
        this.source = source;
        this.defines = defines;
        this.statementLine = statement.line();
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    int size() {
        return tokens.size();
    }

    OracleScriptToken peek() {
        return peek(0);
    }

    OracleScriptToken peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    OracleScriptToken token(int index) {
        return tokens.get(index);
    }

    OracleScriptToken next() {
        if (atEnd()) {
            throw fail("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    /** Whether the next tokens are these keywords, in order. */
    boolean is(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            OracleScriptToken token = peek(i);
            if (token == null || !token.is(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    boolean isAny(String... keywords) {
        OracleScriptToken token = peek();
        if (token == null) {
            return false;
        }
        for (String keyword : keywords) {
            if (token.is(keyword)) {
                return true;
            }
        }
        return false;
    }

    boolean isSymbol(String symbol) {
        OracleScriptToken token = peek();
        return token != null && token.isSymbol(symbol);
    }

    /** Consumes the keywords if the next tokens are exactly these. */
    boolean accept(String... keywords) {
        if (is(keywords)) {
            pos += keywords.length;
            return true;
        }
        return false;
    }

    void expect(String... keywords) {
        if (!accept(keywords)) {
            throw fail("expected " + String.join(" ", keywords) + " but found " + describe(peek()));
        }
    }

    boolean acceptSymbol(String symbol) {
        if (isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw fail("expected '" + symbol + "' but found " + describe(peek()));
        }
    }

    /** An identifier as Oracle stores it; a defined substitution variable stands for its value. */
    String identifier() {
        OracleScriptToken token = peek();
        if (token == null || !token.isIdentifier()) {
            throw fail("expected a name but found " + describe(token));
        }
        pos++;
        if (token.kind() == Kind.SUBST) {
            String value = defines.get(token.text().toUpperCase(Locale.ROOT));
            return value != null ? value.toUpperCase(Locale.ROOT) : "&" + token.text();
        }
        return token.identifier();
    }

    /** A name with an optional owner: {@code [schema.]name}; element 0 is null when no owner is written. */
    String[] qualifiedName() {
        String first = identifier();
        if (isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            pos++;
            String second = identifier();
            if (isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
                pos++;
                return new String[] {second, identifier()};
            }
            return new String[] {first, second};
        }
        return new String[] {null, first};
    }

    /** {@code ( name, name, ... )}: a list of column names. */
    List<String> identifierList() {
        expectSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier());
            while (isAny("ASC", "DESC")) {
                pos++;
            }
        } while (acceptSymbol(","));
        expectSymbol(")");
        return names;
    }

    /** Skips a parenthesised group starting at the current {@code (}; returns the index of the {@code (}. */
    int skipGroup() {
        int open = pos;
        expectSymbol("(");
        int depth = 1;
        while (depth > 0) {
            OracleScriptToken token = next();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            }
        }
        return open;
    }

    /** Skips one item: a parenthesised group or a single token. */
    void skipItem() {
        if (isSymbol("(")) {
            skipGroup();
        } else {
            next();
        }
    }

    /** The source text of tokens {@code from} (inclusive) to {@code to} (exclusive), or null if empty. */
    String text(int from, int to) {
        if (to <= from) {
            return null;
        }
        return source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The source text from token {@code from} to the end of the statement. */
    String textToEnd(int from) {
        return text(from, tokens.size());
    }

    int line() {
        OracleScriptToken token = peek();
        if (token != null) {
            return token.line();
        }
        return tokens.isEmpty() ? statementLine : tokens.get(tokens.size() - 1).line();
    }

    OracleScriptSyntaxError fail(String message) {
        return new OracleScriptSyntaxError(message + " (line " + line() + ")", line());
    }

    static String describe(OracleScriptToken token) {
        return token == null ? "the end of the statement" : "'" + token.text() + "'";
    }
}

package ai.dflux.discovery.domain;

import ai.dflux.discovery.domain.OracleScriptToken.Kind;

/**
 * Cuts the text of an Oracle script into tokens. It knows string literals (with {@code ''}, {@code N'...'} and
 * {@code q'[...]'} quoting), quoted identifiers, {@code --} and {@code /* *}{@code /} comments, SQL*Plus substitution
 * variables, and lines holding only {@code /}. It also skips whole statements or lines without building tokens, which
 * is how the long INSERT sections of data scripts are passed over.
 */
final class OracleScriptLexer {

    private final String src;
    private final int length;
    private int pos;
    private int line = 1;

    OracleScriptLexer(String src) {
        this.src = src;
        this.length = src.length();
    }

    String source() {
        return src;
    }

    int position() {
        return pos;
    }

    int line() {
        return line;
    }

    /** Goes back to the start of a token read before, so that it is read again. */
    void rewind(OracleScriptToken token) {
        pos = token.start();
        line = token.line();
    }

    boolean atEnd() {
        return pos >= length;
    }

    /** Skips blanks and line breaks (not comments). */
    void skipWhitespace() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c)) {
                return;
            }
            pos++;
        }
    }

    /** Whether a comment starts at the current position. */
    boolean atComment() {
        return startsWith("--") || startsWith("/*");
    }

    /** Skips the comment at the current position; an unterminated block comment is an error. */
    void skipComment() {
        if (startsWith("--")) {
            skipLine();
            return;
        }
        int startLine = line;
        int close = src.indexOf("*/", pos + 2);
        if (close < 0) {
            throw new OracleScriptSyntaxError("comment /* opened at line " + startLine + " is never closed", startLine);
        }
        countLines(pos, close + 2);
        pos = close + 2;
    }

    /** The word (letters, digits, _, $, #) at the current position, or "" if none starts here. */
    String wordAtPosition() {
        int end = pos;
        while (end < length && isWordChar(src.charAt(end))) {
            end++;
        }
        return src.substring(pos, end);
    }

    /** The rest of the current line from the current position, without consuming it. */
    String restOfLine() {
        int end = src.indexOf('\n', pos);
        return src.substring(pos, end < 0 ? length : end);
    }

    /** Skips to the start of the next line. */
    void skipLine() {
        skipLine(false);
    }

    /** Skips to the start of the next line; with {@code continuation}, a line ending in {@code -} goes on. */
    void skipLine(boolean continuation) {
        while (pos < length) {
            int end = src.indexOf('\n', pos);
            if (end < 0) {
                pos = length;
                return;
            }
            boolean continued = continuation && src.substring(pos, end).stripTrailing().endsWith("-");
            pos = end + 1;
            line++;
            if (!continued) {
                return;
            }
        }
    }

    /**
     * Skips the rest of a statement without building tokens: to just after the {@code ;} that ends it (unless
     * {@code block}, for PL/SQL, which only a {@code /} line ends) or after a {@code /} line.
     */
    void skipStatement(boolean block) {
        boolean blankSoFar = isLineBlankBefore(pos);
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                blankSoFar = true;
                continue;
            }
            if (c == '/' && blankSoFar && isLineBlankAfter(pos + 1)) {
                pos++;
                return;
            }
            if (!Character.isWhitespace(c)) {
                blankSoFar = false;
            }
            if (c == ';' && !block) {
                pos++;
                return;
            }
            if (c == '-' && pos + 1 < length && src.charAt(pos + 1) == '-') {
                int end = src.indexOf('\n', pos);
                pos = end < 0 ? length : end;
            } else if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '*') {
                skipComment();
            } else if (c == '\'') {
                pos = stringEnd(pos, qQuoteDelimiter(pos));
            } else if (c == '"') {
                pos = quotedEnd(pos);
            } else if (isWordChar(c)) {
                while (pos < length && isWordChar(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos++;
            }
        }
    }

    /** The next token, skipping blanks and comments, or null at the end of the text. */
    OracleScriptToken next() {
        while (true) {
            skipWhitespace();
            if (pos >= length) {
                return null;
            }
            if (atComment()) {
                skipComment();
                continue;
            }
            break;
        }
        int start = pos;
        int startLine = line;
        char c = src.charAt(pos);
        if (c == '\'' || ((c == 'n' || c == 'N' || c == 'q' || c == 'Q') && isQuoteAfterPrefix(pos))) {
            int quote = src.indexOf('\'', pos);
            pos = stringEnd(quote, qQuoteDelimiter(quote));
            return new OracleScriptToken(Kind.STRING, src.substring(start, pos), startLine, start, pos);
        }
        if (c == '"') {
            pos = quotedEnd(pos);
            return new OracleScriptToken(Kind.QUOTED, src.substring(start + 1, pos - 1), startLine, start, pos);
        }
        if (isWordStart(c)) {
            while (pos < length && isWordChar(src.charAt(pos))) {
                pos++;
            }
            return new OracleScriptToken(Kind.WORD, src.substring(start, pos), startLine, start, pos);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < length && Character.isDigit(src.charAt(pos + 1)))) {
            return number(start, startLine);
        }
        if (c == '&') {
            int p = pos + 1;
            if (p < length && src.charAt(p) == '&') {
                p++;
            }
            int nameStart = p;
            while (p < length && isWordChar(src.charAt(p))) {
                p++;
            }
            if (p > nameStart) {
                String name = src.substring(nameStart, p);
                if (p < length && src.charAt(p) == '.') {
                    p++;
                }
                pos = p;
                return new OracleScriptToken(Kind.SUBST, name, startLine, start, pos);
            }
        }
        if (c == '/' && isLineBlankBefore(pos) && isLineBlankAfter(pos + 1)) {
            pos++;
            return new OracleScriptToken(Kind.SLASH_LINE, "/", startLine, start, pos);
        }
        String two = pos + 1 < length ? src.substring(pos, pos + 2) : "";
        switch (two) {
            case ":=", "=>", "||", "..", "<=", ">=", "<>", "!=", "^=", "**" -> {
                pos += 2;
                return new OracleScriptToken(Kind.SYMBOL, two, startLine, start, pos);
            }
            default -> {
                pos++;
                return new OracleScriptToken(Kind.SYMBOL, String.valueOf(c), startLine, start, pos);
            }
        }
    }

    private OracleScriptToken number(int start, int startLine) {
        while (pos < length && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < length && src.charAt(pos) == '.' && src.charAt(pos + 1) != '.') {
            pos++;
            while (pos < length && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < length && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
                p++;
            }
            if (p < length && Character.isDigit(src.charAt(p))) {
                pos = p;
                while (pos < length && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
        }
        return new OracleScriptToken(Kind.NUMBER, src.substring(start, pos), startLine, start, pos);
    }

    /** Whether a string literal prefix ({@code N'}, {@code q'}, {@code nq'}) starts at {@code p}. */
    private boolean isQuoteAfterPrefix(int p) {
        int q = p + 1;
        char first = src.charAt(p);
        if ((first == 'n' || first == 'N') && q < length && (src.charAt(q) == 'q' || src.charAt(q) == 'Q')) {
            q++;
        }
        return q < length && src.charAt(q) == '\'';
    }

    /** For a quote at {@code quote}: the closing delimiter of a {@code q'X...X'} literal, or 0 for a plain one. */
    private char qQuoteDelimiter(int quote) {
        if (quote < 1 || quote + 1 >= length) {
            return 0;
        }
        char prefix = src.charAt(quote - 1);
        if (prefix != 'q' && prefix != 'Q') {
            return 0;
        }
        int before = quote - 2;
        if (before >= 0 && (src.charAt(before) == 'n' || src.charAt(before) == 'N')) {
            before--;
        }
        if (before >= 0 && isWordChar(src.charAt(before))) {
            return 0;
        }
        char open = src.charAt(quote + 1);
        return switch (open) {
            case '[' -> ']';
            case '(' -> ')';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
        };
    }

    /** The offset just after the string literal whose opening quote is at {@code quote}. */
    private int stringEnd(int quote, char qDelimiter) {
        int startLine = line;
        int p = quote + 1;
        if (qDelimiter != 0) {
            p++;
            while (p + 1 < length && !(src.charAt(p) == qDelimiter && src.charAt(p + 1) == '\'')) {
                if (src.charAt(p) == '\n') {
                    line++;
                }
                p++;
            }
            if (p + 1 >= length) {
                throw new OracleScriptSyntaxError("string literal opened at line " + startLine + " is never closed",
                        startLine);
            }
            return p + 2;
        }
        while (true) {
            int close = src.indexOf('\'', p);
            if (close < 0) {
                throw new OracleScriptSyntaxError("string literal opened at line " + startLine + " is never closed",
                        startLine);
            }
            countLines(p, close);
            if (close + 1 < length && src.charAt(close + 1) == '\'') {
                p = close + 2;
            } else {
                return close + 1;
            }
        }
    }

    private int quotedEnd(int quote) {
        int close = src.indexOf('"', quote + 1);
        int newline = src.indexOf('\n', quote + 1);
        if (close < 0 || (newline >= 0 && newline < close)) {
            throw new OracleScriptSyntaxError("quoted identifier opened at line " + line + " is never closed", line);
        }
        return close + 1;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private boolean startsWith(String prefix) {
        return src.startsWith(prefix, pos);
    }

    private boolean isLineBlankBefore(int p) {
        for (int i = p - 1; i >= 0; i--) {
            char c = src.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isLineBlankAfter(int p) {
        for (int i = p; i < length; i++) {
            char c = src.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }
}

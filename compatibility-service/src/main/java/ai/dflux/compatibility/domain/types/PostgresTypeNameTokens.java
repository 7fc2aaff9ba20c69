package ai.dflux.compatibility.domain.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tokens of a PostgreSQL type name: words, quoted names, integers and the symbols {@code ( ) , . [ ]}. */
final class PostgresTypeNameTokens {

    enum Kind { WORD, QUOTED, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int position) {
        boolean is(String symbolOrWord) {
            return kind != Kind.QUOTED && kind != Kind.NUMBER && text.equals(symbolOrWord);
        }
    }

    private PostgresTypeNameTokens() {
    }

    /** @throws IllegalArgumentException at the first character no type name holds */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i).toLowerCase(Locale.ROOT), start));
            } else if (Character.isDigit(c) || c == '-' && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
            } else if (c == '"') {
                i = quoted(text, i);
                tokens.add(new Token(Kind.QUOTED, text.substring(start, i), start));
            } else if ("(),.[]".indexOf(c) >= 0) {
                i++;
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start));
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at position " + (i + 1)
                        + ": a type name holds only names, numbers, parentheses, commas, dots and brackets");
            }
        }
        return tokens;
    }

    /** The index after the closing quote of a quoted name starting at {@code open}; {@code ""} is a quote in it. */
    private static int quoted(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                if (i == open + 1) {
                    throw new IllegalArgumentException("empty quoted name at position " + (open + 1));
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("the quoted name at position " + (open + 1) + " is not closed");
    }
}

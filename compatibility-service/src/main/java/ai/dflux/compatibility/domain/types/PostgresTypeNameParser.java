package ai.dflux.compatibility.domain.types;

import ai.dflux.compatibility.domain.types.PostgresTypeNameTokens.Kind;
import ai.dflux.compatibility.domain.types.PostgresTypeNameTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code name [(modifiers)] [with[out] time zone | interval fields] [[]...]}, checking the modifiers of
 * built-in types against PostgreSQL's limits.
 */
final class PostgresTypeNameParser {

    private static final int MAX_NUMERIC_PRECISION = 1000;
    private static final int MAX_CHARACTER_LENGTH = 10_485_760;
    private static final int MAX_BIT_LENGTH = 83_886_080;
    private static final int MAX_FRACTION_DIGITS = 6;

    private final String text;
    private final List<Token> tokens;
    private int next;

    PostgresTypeNameParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    PostgresTypeName parse() {
        String schema = null;
        Token first = take("a type name");
        String name = namePart(first);
        if (accept(".")) {
            schema = name;
            name = namePart(take("a name after '.'"));
        } else if (first.kind() == Kind.WORD) {
            name = PostgresTypeName.canonical(multiWordName(name));
        }
        String qualifier = "";
        if (name.endsWith(" with time zone")) {
            qualifier = "with time zone";
            name = name.substring(0, name.length() - qualifier.length() - 1);
        }
        boolean builtIn = schema == null && PostgresTypeName.builtInModifiers(name) != null;
        List<String> modifiers = modifiers(builtIn);
        if (name.equals("timestamp") || name.equals("time")) {
            qualifier = qualifier.isEmpty() ? timeZone() : qualifier;
        } else if (name.equals("interval")) {
            qualifier = intervalFields();
            if (!qualifier.isEmpty() && modifiers.isEmpty() && qualifier.endsWith("second")) {
                modifiers = modifiers(true);
            }
        }
        if (builtIn) {
            check(name, modifiers);
        }
        int dimensions = 0;
        while (accept("[")) {
            if (peek() != null && peek().kind() == Kind.NUMBER) {
                next++;
            }
            expect("]");
            dimensions++;
        }
        if (peek() != null) {
            throw new IllegalArgumentException("unexpected '" + peek().text() + "' at position "
                    + (peek().position() + 1) + " after the type " + quote(text.substring(0, peek().position()).strip()));
        }
        return new PostgresTypeName(schema, name, modifiers, qualifier, dimensions);
    }

    private String namePart(Token token) {
        if (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED) {
            return token.text();
        }
        throw new IllegalArgumentException("expected a type name at position " + (token.position() + 1) + ", found "
                + quote(token.text()));
    }

    /** Joins the words of {@code double precision}, {@code character varying}, {@code bit varying} and the like. */
    private String multiWordName(String firstWord) {
        return switch (firstWord) {
            case "double" -> {
                expect("precision");
                yield "double precision";
            }
            case "character", "char", "bit" -> accept("varying") ? firstWord + " varying" : firstWord;
            case "national" -> {
                String second = take("character or char after national").text();
                if (!second.equals("character") && !second.equals("char")) {
                    throw new IllegalArgumentException("expected character or char after national, found "
                            + quote(second));
                }
                yield accept("varying") ? "national " + second + " varying" : "national " + second;
            }
            default -> firstWord;
        };
    }

    private List<String> modifiers(boolean builtIn) {
        List<String> modifiers = new ArrayList<>();
        if (!accept("(")) {
            return modifiers;
        }
        do {
            Token value = take("a number in parentheses");
            if (value.kind() != Kind.NUMBER && (builtIn || value.kind() != Kind.WORD)) {
                throw new IllegalArgumentException("expected a number at position " + (value.position() + 1)
                        + ", found " + quote(value.text()));
            }
            modifiers.add(value.text());
        } while (accept(","));
        expect(")");
        return modifiers;
    }

    private String timeZone() {
        if (peek() == null || !(peek().is("with") || peek().is("without"))) {
            return "";
        }
        String with = take("with or without").text();
        expect("time");
        expect("zone");
        return with + " time zone";
    }

    private String intervalFields() {
        if (peek() == null || peek().kind() != Kind.WORD || !PostgresTypeName.intervalField(peek().text())) {
            return "";
        }
        String fields = take("an interval field").text();
        if (accept("to")) {
            Token last = take("an interval field after to");
            if (!PostgresTypeName.intervalField(last.text())) {
                throw new IllegalArgumentException("expected an interval field after to, found " + quote(last.text()));
            }
            fields += " to " + last.text();
        }
        return fields;
    }

    private void check(String name, List<String> modifiers) {
        int allowed = PostgresTypeName.builtInModifiers(name);
        if (modifiers.size() > allowed) {
            throw new IllegalArgumentException(name + (allowed == 0 ? " takes no arguments"
                    : " takes at most " + allowed + (allowed == 1 ? " argument" : " arguments")));
        }
        if (modifiers.isEmpty()) {
            return;
        }
        long first = number(modifiers.get(0));
        switch (name) {
            case "numeric" -> {
                inRange(name + " precision", first, 1, MAX_NUMERIC_PRECISION);
                if (modifiers.size() == 2) {
                    inRange(name + " scale", number(modifiers.get(1)), 0, first);
                }
            }
            case "character varying", "character" -> inRange(name + " length", first, 1, MAX_CHARACTER_LENGTH);
            case "bit", "bit varying" -> inRange(name + " length", first, 1, MAX_BIT_LENGTH);
            case "float" -> inRange("float precision", first, 1, 53);
            default -> inRange(name + " precision", first, 0, MAX_FRACTION_DIGITS);
        }
    }

    private static void inRange(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLong) {
            throw new IllegalArgumentException("the number " + text + " is too large");
        }
    }

    private Token peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private Token take(String expected) {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("expected " + expected + " at the end of " + quote(text));
        }
        return tokens.get(next++);
    }

    private boolean accept(String symbolOrWord) {
        if (peek() != null && peek().is(symbolOrWord)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbolOrWord) {
        Token token = take("'" + symbolOrWord + "'");
        if (!token.is(symbolOrWord)) {
            throw new IllegalArgumentException("expected '" + symbolOrWord + "' at position " + (token.position() + 1)
                    + ", found " + quote(token.text()));
        }
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }
}

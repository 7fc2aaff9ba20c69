package ai.dflux.compatibility.domain.sql;

import ai.dflux.compatibility.domain.names.Identifiers;
import java.util.Locale;

/** How a source dialect spells identifiers and literals. */
enum SourceSyntax {
    /** MySQL and MariaDB: backtick identifiers, case kept; backslash escapes in strings. */
    MYSQL {
        @Override
        String sourceName(String identifier) {
            return unquote(identifier, '`');
        }
    },
    /** Oracle: unquoted identifiers are upper case in the catalog, quoted ones exact. */
    ORACLE {
        @Override
        String sourceName(String identifier) {
            return isQuoted(identifier, '"') ? unquote(identifier, '"') : identifier.toUpperCase(Locale.ROOT);
        }
    },
    /** PostgreSQL: unquoted identifiers are lower case in the catalog, quoted ones exact. */
    POSTGRESQL {
        @Override
        String sourceName(String identifier) {
            return isQuoted(identifier, '"') ? unquote(identifier, '"') : identifier.toLowerCase(Locale.ROOT);
        }
    };

    /** The name an identifier token denotes in the source catalog. */
    abstract String sourceName(String identifier);

    /**
     * An alias (of a select item or table) as a PostgreSQL identifier: MySQL's are case-insensitive and folded to
     * lower case; Oracle's and PostgreSQL's unquoted ones too, their quoted ones kept exact.
     */
    String targetAlias(String identifier) {
        if (this != MYSQL && isQuoted(identifier, '"')) {
            return Identifiers.quote(unquote(identifier, '"'));
        }
        return Identifiers.quote(sourceName(identifier).toLowerCase(Locale.ROOT));
    }

    boolean backslashEscapes() {
        return this == MYSQL;
    }

    private static boolean isQuoted(String identifier, char quote) {
        return identifier.length() >= 2 && identifier.charAt(0) == quote
                && identifier.charAt(identifier.length() - 1) == quote;
    }

    private static String unquote(String identifier, char quote) {
        if (!isQuoted(identifier, quote)) {
            return identifier;
        }
        String doubled = String.valueOf(quote) + quote;
        return identifier.substring(1, identifier.length() - 1).replace(doubled, String.valueOf(quote));
    }
}

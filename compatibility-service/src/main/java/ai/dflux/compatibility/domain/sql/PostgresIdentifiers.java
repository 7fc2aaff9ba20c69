package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Names a translation makes up itself (table and column aliases, which no catalog knows): folded to lower case like
 * every unquoted PostgreSQL name, and quoted where PostgreSQL needs it.
 */
final class PostgresIdentifiers {

    /** PostgreSQL's reserved key words (SQL Key Words appendix, "reserved" and "reserved, requires AS"). */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    private PostgresIdentifiers() {
    }

    /** A source alias as a PostgreSQL identifier: lower case, quoted when not a plain identifier or reserved. */
    static String alias(String sourceName) {
        return quoted(sourceName.toLowerCase(Locale.ROOT));
    }

    /** The name, quoted when PostgreSQL would otherwise fold or reject it. */
    static String quoted(String name) {
        return isPlain(name) && !RESERVED.contains(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || !(isLowerLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        return name.chars().allMatch(c -> isLowerLetter(c) || Character.isDigit(c) || c == '_' || c == '$');
    }

    private static boolean isLowerLetter(int c) {
        return c >= 'a' && c <= 'z';
    }
}

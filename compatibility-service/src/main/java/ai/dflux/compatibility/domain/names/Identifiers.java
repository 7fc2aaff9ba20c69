package ai.dflux.compatibility.domain.names;

import ai.dflux.contracts.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a source identifier becomes a PostgreSQL one: folded, shortened to 63 bytes, quoted only where needed. */
public final class Identifiers {

    /** PostgreSQL's NAMEDATALEN - 1: longer names are silently truncated by the server, so dflux shortens them. */
    public static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;
    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    private Identifiers() {
    }

    /**
     * The PostgreSQL spelling of a source name: lower case for MySQL, MariaDB and Oracle (whose unquoted names
     * PostgreSQL would fold the other way), unchanged for PostgreSQL.
     */
    public static String fold(Dialect dialect, String name) {
        return dialect == Dialect.POSTGRESQL ? name : name.toLowerCase(Locale.ROOT);
    }

    /** Whether the name must be written in double quotes: not a simple lower-case name, or a key word. */
    public static boolean needsQuoting(String name) {
        return !SIMPLE.matcher(name).matches() || PostgresKeywords.needsQuoting(name);
    }

    /** The name as written in SQL: in double quotes only where needed. */
    public static String quote(String name) {
        return needsQuoting(name) ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    /** The name a possibly quoted identifier stands for. */
    public static String unquote(String identifier) {
        if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier;
    }

    /** {@code schema.name}, each part quoted where needed. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** A string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static int utf8Length(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The name if it fits in 63 bytes, else its start (cut between characters) + {@code _} + a short hash of the
     * whole name, so that two long names with the same start stay apart and the result never changes between runs.
     */
    public static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        return prefix(name, MAX_BYTES - 1 - HASH_CHARS) + "_" + hash(name);
    }

    /** {@code name + suffix}, with the name cut (between characters) so that the whole fits in 63 bytes. */
    public static String withSuffix(String name, String suffix) {
        return prefix(name, MAX_BYTES - utf8Length(suffix)) + suffix;
    }

    /** The longest start of {@code name} of at most {@code maxBytes} UTF-8 bytes that does not split a character. */
    static String prefix(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

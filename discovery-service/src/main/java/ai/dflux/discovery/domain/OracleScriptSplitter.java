package ai.dflux.discovery.domain;

import ai.dflux.discovery.domain.OracleScriptStatement.Type;
import ai.dflux.discovery.domain.OracleScriptToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an Oracle script into statements the way SQL*Plus does: SQL*Plus commands take their line, SQL statements end
 * at {@code ;} or at a {@code /} line, and PL/SQL units (CREATE PROCEDURE, FUNCTION, PACKAGE, TYPE, TRIGGER, anonymous
 * blocks) only at a {@code /} line. Statements that cannot change the catalog (INSERT, GRANT, COMMIT, anonymous
 * blocks, ...) are passed over character by character, without building tokens.
 */
final class OracleScriptSplitter {

    /** SQL statements that do not change the catalog; skipped. */
    private static final Set<String> SKIPPED = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "SELECT", "WITH",
            "GRANT", "REVOKE", "COMMIT", "ROLLBACK", "SAVEPOINT", "TRUNCATE", "LOCK", "AUDIT", "NOAUDIT", "ANALYZE",
            "EXPLAIN", "CALL", "PURGE", "FLASHBACK", "RENAME", "ASSOCIATE", "DISASSOCIATE", "ADMINISTER", "VALUES");

    /** SQL statements the catalog reader reads. */
    private static final Set<String> READ = Set.of("CREATE", "ALTER", "DROP", "COMMENT");

    /** Words between CREATE and the kind of object that do not decide whether the statement is PL/SQL. */
    private static final Set<String> CREATE_PREFIX = Set.of("OR", "REPLACE", "EDITIONABLE", "NONEDITIONABLE", "AND",
            "COMPILE", "RESOLVE", "NOFORCE", "FORCE");

    private static final Set<String> PLSQL_KINDS = Set.of("PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE",
            "LIBRARY", "JAVA");

    /** SQL*Plus commands with the shortest abbreviation SQL*Plus accepts for each. */
    private static final Map<String, Integer> SQLPLUS = Map.ofEntries(Map.entry("PROMPT", 3), Map.entry("REMARK", 3),
            Map.entry("SET", 3), Map.entry("SPOOL", 3), Map.entry("CONNECT", 4), Map.entry("DISCONNECT", 4),
            Map.entry("WHENEVER", 4), Map.entry("EXIT", 4), Map.entry("QUIT", 4), Map.entry("DEFINE", 3),
            Map.entry("UNDEFINE", 5), Map.entry("ACCEPT", 3), Map.entry("COLUMN", 3), Map.entry("EXECUTE", 4),
            Map.entry("VARIABLE", 3), Map.entry("SHOW", 3), Map.entry("START", 3), Map.entry("HOST", 3),
            Map.entry("PAUSE", 3), Map.entry("PRINT", 3), Map.entry("TTITLE", 3), Map.entry("BTITLE", 3),
            Map.entry("BREAK", 3), Map.entry("CLEAR", 3), Map.entry("COMPUTE", 4), Map.entry("DESCRIBE", 4),
            Map.entry("TIMING", 3), Map.entry("STORE", 3), Map.entry("REPHEADER", 4), Map.entry("REPFOOTER", 4),
            Map.entry("PASSWORD", 4), Map.entry("STARTUP", 5), Map.entry("SHUTDOWN", 4), Map.entry("ARCHIVE", 4),
            Map.entry("RECOVER", 4), Map.entry("ATTRIBUTE", 4), Map.entry("SAVE", 3), Map.entry("APPEND", 3),
            Map.entry("CHANGE", 3), Map.entry("INPUT", 3), Map.entry("LIST", 3), Map.entry("RUN", 3),
            Map.entry("EDIT", 3), Map.entry("GET", 3), Map.entry("XQUERY", 6), Map.entry("HISTORY", 4));

    private final OracleScriptLexer lexer;
    private boolean ended;

    OracleScriptSplitter(String text) {
        this.lexer = new OracleScriptLexer(text);
    }

    String source() {
        return lexer.source();
    }

    /** The next statement, or null at the end of the script (or after EXIT). */
    OracleScriptStatement next() {
        while (!ended) {
            lexer.skipWhitespace();
            if (lexer.atEnd()) {
                return null;
            }
            int line = lexer.line();
            if (lexer.atComment()) {
                try {
                    lexer.skipComment();
                } catch (OracleScriptSyntaxError e) {
                    ended = true;
                    return new OracleScriptStatement(Type.ERROR, line, head(lexer.restOfLine()), List.of(),
                            e.getMessage(), false);
                }
                continue;
            }
            String rest = lexer.restOfLine();
            if (rest.startsWith("@")) {
                lexer.skipLine();
                return new OracleScriptStatement(Type.COMMAND, line, head(rest), List.of(), rest.strip(), false);
            }
            String command = sqlplusCommand(lexer.wordAtPosition());
            if (command != null) {
                // SQL*Plus continues a command on the next line after a trailing "-", except remarks and prompts.
                lexer.skipLine(!command.equals("REMARK") && !command.equals("PROMPT"));
                if (command.equals("EXIT") || command.equals("QUIT")) {
                    ended = true;
                }
                return new OracleScriptStatement(Type.COMMAND, line, head(rest), List.of(), rest.strip(), false);
            }
            OracleScriptStatement statement = statement(line);
            if (statement != null) {
                return statement;
            }
        }
        return null;
    }

    /** The full name of the SQL*Plus command {@code word} abbreviates, or null. */
    static String sqlplusCommand(String word) {
        if (word.isEmpty()) {
            return null;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        for (Map.Entry<String, Integer> command : SQLPLUS.entrySet()) {
            if (upper.length() >= command.getValue() && command.getKey().startsWith(upper)) {
                return command.getKey();
            }
        }
        return upper.equals("REM") ? "REMARK" : null;
    }

    /** Reads one statement starting at {@code line}; null for an empty one (a lone {@code /}). */
    private OracleScriptStatement statement(int line) {
        int start = lexer.position();
        try {
            OracleScriptToken first = lexer.next();
            if (first == null || first.kind() == Kind.SLASH_LINE) {
                return null;
            }
            String word = first.kind() == Kind.WORD ? first.upper() : "";
            if (word.equals("DECLARE") || word.equals("BEGIN")) {
                lexer.skipStatement(true);
                return skipped(Type.SKIPPED, line, start);
            }
            if (SKIPPED.contains(word)) {
                lexer.skipStatement(false);
                return skipped(Type.SKIPPED, line, start);
            }
            if (!READ.contains(word)) {
                // Like SQL*Plus ("SP2-0734: unknown command"), only the line is ignored.
                lexer.rewind(first);
                lexer.skipLine();
                return skipped(Type.UNKNOWN, line, start);
            }
            List<OracleScriptToken> tokens = new ArrayList<>();
            tokens.add(first);
            boolean block = false;
            if (word.equals("CREATE")) {
                OracleScriptToken token;
                while ((token = lexer.next()) != null) {
                    if (token.kind() == Kind.SLASH_LINE || token.isSymbol(";")) {
                        return read(line, start, tokens, false);
                    }
                    tokens.add(token);
                    if (!(token.kind() == Kind.WORD && CREATE_PREFIX.contains(token.upper()))) {
                        block = token.kind() == Kind.WORD && PLSQL_KINDS.contains(token.upper());
                        break;
                    }
                }
            }
            return block ? readBlock(line, start, tokens) : readSql(line, start, tokens);
        } catch (OracleScriptSyntaxError e) {
            ended = true;
            return new OracleScriptStatement(Type.ERROR, line, head(lexer.source().substring(start,
                    Math.min(lexer.source().length(), start + 200))), List.of(), e.getMessage(), false);
        }
    }

    private OracleScriptStatement readSql(int line, int start, List<OracleScriptToken> tokens) {
        OracleScriptToken token;
        while ((token = lexer.next()) != null && token.kind() != Kind.SLASH_LINE && !token.isSymbol(";")) {
            tokens.add(token);
        }
        return read(line, start, tokens, false);
    }

    private OracleScriptStatement readBlock(int line, int start, List<OracleScriptToken> tokens) {
        OracleScriptBlockTracker tracker = new OracleScriptBlockTracker();
        tokens.forEach(tracker::accept);
        OracleScriptToken token;
        while ((token = lexer.next()) != null && token.kind() != Kind.SLASH_LINE) {
            if (tracker.complete()) {
                lexer.rewind(token);
                return read(line, start, tokens, true);
            }
            tokens.add(token);
            tracker.accept(token);
        }
        return read(line, start, tokens, false);
    }

    private OracleScriptStatement read(int line, int start, List<OracleScriptToken> tokens, boolean missingSlash) {
        int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
        return new OracleScriptStatement(Type.READ, line, head(lexer.source().substring(start,
                Math.min(end, start + 200))), tokens, null,
                missingSlash);
    }

    private OracleScriptStatement skipped(Type type, int line, int start) {
        int end = Math.min(lexer.position(), start + 200);
        return new OracleScriptStatement(type, line, head(lexer.source().substring(start, end)), List.of(), null,
                false);
    }

    /** The first words of a statement, on one line, for messages. */
    static String head(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}

package ai.dflux.discovery.domain;

import java.util.List;

/**
 * One statement (or SQL*Plus command) of an Oracle script, as the splitter found it.
 *
 * @param line the line the statement starts on
 * @param head the first words of the statement, for messages
 * @param tokens the tokens of a statement to read ({@link Type#READ}), without the terminating {@code ;} or {@code /}
 * @param detail the command line of a SQL*Plus command, or the message of an {@link Type#ERROR}
 * @param missingSlash a PL/SQL unit that was not followed by a {@code /} line
 */
record OracleScriptStatement(Type type, int line, String head, List<OracleScriptToken> tokens, String detail,
        boolean missingSlash) {

    enum Type {
        /** CREATE, ALTER, DROP or COMMENT: read by the catalog reader. */
        READ,
        /** Valid SQL or PL/SQL that does not change the catalog (INSERT, GRANT, anonymous blocks, ...). */
        SKIPPED,
        /** A SQL*Plus command (PROMPT, SET, CONNECT, DEFINE, @file, ...). */
        COMMAND,
        /** Text that starts no known statement. */
        UNKNOWN,
        /** The text could not be cut into tokens (an unterminated string or comment). */
        ERROR
    }

    OracleScriptStatement {
        tokens = List.copyOf(tokens);
    }
}

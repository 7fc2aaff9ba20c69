package ai.dflux.discovery.domain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the BEGIN/END nesting of one PL/SQL unit (procedure, function, package, type, trigger) token by token, to
 * tell when the unit is complete. SQL*Plus ends a unit only at a {@code /} line; knowing where the unit really ends
 * lets the reader recover, and say so, when that line is missing.
 */
final class OracleScriptBlockTracker {

    /** Open frames: true for a declaration section that its BEGIN continues, false for a BEGIN or CASE block. */
    private final Deque<Boolean> frames = new ArrayDeque<>();
    private int parens;
    private int count;
    private boolean started;
    private boolean typeSpec;
    private boolean compound;
    private boolean pendingHeader;
    private boolean pendingAs;
    private boolean afterEnd;
    private boolean complete;
    private OracleScriptToken previous;

    /** Whether the unit has ended (its final {@code END name;} or, for a type specification, its {@code ;}). */
    boolean complete() {
        return complete;
    }

    void accept(OracleScriptToken token) {
        count++;
        if (complete || compound) {
            return;
        }
        if (pendingAs) {
            pendingAs = false;
            if (token.is("RESULT")) {
                previous = token;
                return;
            }
            if (token.is("LANGUAGE") || token.is("EXTERNAL")) {
                started = true;
            } else {
                frames.push(true);
                started = true;
            }
        }
        if (afterEnd) {
            afterEnd = false;
            if (token.is("IF") || token.is("LOOP")) {
                previous = token;
                return;
            }
            if (!frames.isEmpty()) {
                frames.pop();
            }
            if (token.is("CASE")) {
                previous = token;
                return;
            }
        }
        if (token.isSymbol("(")) {
            parens++;
        } else if (token.isSymbol(")")) {
            parens--;
        } else if (token.isSymbol(";")) {
            pendingHeader = false;
            if (parens <= 0 && frames.isEmpty() && (started || typeSpec)) {
                complete = true;
            }
        } else if (token.kind() == OracleScriptToken.Kind.WORD) {
            word(token.upper());
        }
        previous = token;
    }

    private void word(String word) {
        switch (word) {
            case "TYPE" -> {
                if (count <= 6 && !started) {
                    typeSpec = true;
                }
            }
            case "BODY" -> {
                if (previous != null && previous.is("TYPE")) {
                    typeSpec = false;
                }
                pendingHeader = true;
            }
            case "PROCEDURE", "FUNCTION", "PACKAGE" -> pendingHeader = true;
            case "COMPOUND" -> compound = true;
            case "IS", "AS" -> {
                if (parens == 0 && pendingHeader) {
                    pendingHeader = false;
                    pendingAs = true;
                }
            }
            case "DECLARE" -> {
                frames.push(true);
                started = true;
            }
            case "BEGIN" -> {
                if (!frames.isEmpty() && frames.peek()) {
                    frames.pop();
                }
                frames.push(false);
                started = true;
            }
            case "CASE" -> frames.push(false);
            case "END" -> afterEnd = previous == null || !previous.isSymbol("$");
            default -> {
            }
        }
    }
}

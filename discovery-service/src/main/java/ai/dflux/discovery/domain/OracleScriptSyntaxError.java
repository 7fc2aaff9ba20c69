package ai.dflux.discovery.domain;

/** A statement of an Oracle script that cannot be understood; {@code line} is where the reader gave up. */
final class OracleScriptSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    OracleScriptSyntaxError(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}

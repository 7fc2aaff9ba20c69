package ai.dflux.executor.domain.stream;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a stream that ended because the source schema is ahead of its conversion from one that failed: a change the
 * plan does not know ({@link UnconvertedSourceSchema}), or a value of a widened source column that the target's
 * narrower column rejects (SQL state 22001: too long, 22003: out of range) before the delta widens it.
 */
final class SchemaWait {

    private static final Set<String> VALUE_TOO_WIDE = Set.of("22001", "22003");

    private SchemaWait() {
    }

    /** Why the stream waits for the source schema's conversion, or empty when {@code error} is a failure. */
    static Optional<String> reasonIn(Throwable error) {
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof UnconvertedSourceSchema unconverted) {
                return Optional.of(unconverted.getMessage());
            }
            if (cause instanceof SQLException sql) {
                // a batch's own message is generic; the server's is in the last exception of its chain
                SQLException rejected = null;
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && VALUE_TOO_WIDE.contains(next.getSQLState())) {
                        rejected = next;
                    }
                }
                if (rejected != null) {
                    return Optional.of("a source value the target column does not hold yet (" + rejected.getMessage()
                            + "): a wider source type whose conversion has not arrived");
                }
            }
        }
        return Optional.empty();
    }
}

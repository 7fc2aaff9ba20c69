package ai.dflux.executor.domain.copy;

/** The initial copy failed; the message names the table, the chunk and what the server said. */
public class CopyException extends RuntimeException {

    public CopyException(String message, Throwable cause) {
        super(message, cause);
    }

    public CopyException(String message) {
        super(message);
    }
}

package ai.dflux.executor.domain.stream;

import java.util.Optional;

/**
 * An apply found the stream's committed position moved by another writer (another executor replica that holds the
 * replication's lease now): it rolled back, and this stream stops without touching the target again.
 */
public final class StreamPositionMoved extends RuntimeException {

    public StreamPositionMoved(String migrationId) {
        super("migration " + migrationId + ": the stream position committed on the target is not the one this stream"
                + " committed last: another executor replica has applied changes since, so this apply was rolled back"
                + " and this stream stops");
    }

    /** This exception, where it is among the causes of {@code error}. */
    public static Optional<StreamPositionMoved> in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamPositionMoved moved) {
                return Optional.of(moved);
            }
        }
        return Optional.empty();
    }
}

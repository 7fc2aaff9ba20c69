package ai.dflux.executor.domain;

import ai.dflux.contracts.events.FailureReason;

/**
 * A replication failure with the reason the migration fails with if it comes to that. A hopeless one (a source that
 * cannot stream, a target that rejects the DDL) fails the migration at once; any other is retried until
 * {@code dflux.executor.give-up-after}.
 */
public class ReplicationProblem extends RuntimeException {

    private final FailureReason reason;
    private final boolean hopeless;

    private ReplicationProblem(FailureReason reason, String message, Throwable cause, boolean hopeless) {
        super(message, cause);
        this.reason = reason;
        this.hopeless = hopeless;
    }

    public static ReplicationProblem hopeless(FailureReason reason, String message, Throwable cause) {
        return new ReplicationProblem(reason, message, cause, true);
    }

    public static ReplicationProblem retryable(FailureReason reason, String message, Throwable cause) {
        return new ReplicationProblem(reason, message, cause, false);
    }

    public FailureReason reason() {
        return reason;
    }

    public boolean isHopeless() {
        return hopeless;
    }
}

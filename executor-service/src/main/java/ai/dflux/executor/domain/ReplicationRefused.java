package ai.dflux.executor.domain;

import ai.dflux.contracts.events.FailureReason;

/** A replication that retrying cannot mend (the target rejects the DDL, a dialect dflux cannot stream). */
public class ReplicationRefused extends RuntimeException {

    private final FailureReason reason;

    public ReplicationRefused(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}

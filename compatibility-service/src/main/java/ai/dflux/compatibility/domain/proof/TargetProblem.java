package ai.dflux.compatibility.domain.proof;

import java.sql.SQLException;

/** The target PostgreSQL cannot be used to prove DDL: unreachable, refusing the credentials, or unsupported. */
public class TargetProblem extends RuntimeException {

    /** Whether trying again later can help (the server is down or restarting), as opposed to a wrong setup. */
    private final boolean transientProblem;
    private final boolean unsupported;

    public TargetProblem(String message, boolean transientProblem, boolean unsupported, Throwable cause) {
        super(message, cause);
        this.transientProblem = transientProblem;
        this.unsupported = unsupported;
    }

    public static TargetProblem unsupported(String message) {
        return new TargetProblem(message, false, true, null);
    }

    /** Classifies a failure to connect or to run the proof by its SQL state. */
    public static TargetProblem of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean connection = state.startsWith("08") || state.startsWith("57P");
        String what = state.startsWith("28") ? "the target refuses the stored credentials"
                : state.equals("3D000") ? "the target database does not exist"
                : connection ? "the target cannot be reached"
                : "the proof failed on the target";
        return new TargetProblem(what + ": " + e.getMessage() + " (SQLSTATE " + state + ")", connection, false, e);
    }

    public boolean isTransient() {
        return transientProblem;
    }

    public boolean isUnsupported() {
        return unsupported;
    }
}

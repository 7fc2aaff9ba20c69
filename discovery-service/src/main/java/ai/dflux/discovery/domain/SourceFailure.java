package ai.dflux.discovery.domain;

import ai.dflux.contracts.events.FailureReason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Why a source could not be read, classified from the driver's error so a person and a script both understand it. */
public record SourceFailure(FailureReason reason, String message) {

    public static SourceFailure of(Throwable error, DatabaseConnection connection) {
        SQLException sql = find(error, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        String where = connection.host() + ":" + connection.port();
        if (find(error, UnknownHostException.class) != null) {
            return new SourceFailure(FailureReason.SOURCE_UNREACHABLE, "host " + connection.host() + " is unknown");
        }
        if (find(error, ConnectException.class) != null || find(error, NoRouteToHostException.class) != null
                || find(error, SocketTimeoutException.class) != null || state.startsWith("08")) {
            return new SourceFailure(FailureReason.SOURCE_UNREACHABLE,
                    "cannot connect to " + where + ": " + rootMessage(error));
        }
        if (state.startsWith("28") || code == 1045) {
            return new SourceFailure(FailureReason.SOURCE_AUTHENTICATION_FAILED,
                    "user " + connection.username() + " was refused by " + where + " (wrong password or not allowed)");
        }
        if ("3D000".equals(state) || code == 1049) {
            return new SourceFailure(FailureReason.SOURCE_DATABASE_NOT_FOUND,
                    "database " + connection.database() + " does not exist on " + where);
        }
        if ("42501".equals(state) || code == 1044 || code == 1142) {
            return new SourceFailure(FailureReason.SOURCE_PRIVILEGES_MISSING,
                    "user " + connection.username() + " lacks privileges to read the catalog: " + rootMessage(error));
        }
        return new SourceFailure(FailureReason.SOURCE_READ_FAILED, "reading the catalog failed: " + rootMessage(error));
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.split("\n")[0];
    }
}

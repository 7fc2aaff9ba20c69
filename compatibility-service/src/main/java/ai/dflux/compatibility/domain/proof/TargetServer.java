package ai.dflux.compatibility.domain.proof;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks that a target is a PostgreSQL dflux can load, and describes it for the report. */
public final class TargetServer {

    /** PostgreSQL 14, the oldest target the design supports. */
    public static final int OLDEST_SUPPORTED = 140000;

    public String check(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equals(product)) {
            throw TargetProblem.unsupported("the target is " + product + ", not PostgreSQL");
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select current_setting('server_version_num')::int,"
                        + " current_setting('server_version'), current_database()")) {
            rs.next();
            int version = rs.getInt(1);
            if (version < OLDEST_SUPPORTED) {
                throw TargetProblem.unsupported("the target runs PostgreSQL " + rs.getString(2)
                        + "; dflux loads PostgreSQL 14 and newer");
            }
            return "PostgreSQL " + rs.getString(2) + ", database " + rs.getString(3);
        }
    }
}

package ai.dflux.discovery.domain.preflight;

import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a dialect's checks on one connection and collects what they find; one failing check does not stop the rest. */
final class PreflightChecks {

    /** One check: reads what it needs through the connection and adds findings. */
    interface Check {
        void run(Connection connection, List<Finding> found) throws SQLException;
    }

    /** A check with the setting or grant it is about, named in the finding when the check cannot run. */
    record Named(String name, Check check) {
    }

    private PreflightChecks() {
    }

    static List<Finding> run(Connection connection, List<Named> checks) {
        List<Finding> found = new ArrayList<>();
        for (Named check : checks) {
            try {
                check.check().run(connection, found);
            } catch (SQLException e) {
                found.add(new Finding("CDC_CHECK_FAILED", Severity.WARNING, "setting", check.name(),
                        "a change-capture check could not run: " + e.getMessage().split("\n")[0],
                        "give the migration user read access to the server settings, or check the setting by hand"));
            }
        }
        return found;
    }

    static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static Finding blocker(String ruleId, String object, String message, String remedy) {
        return new Finding(ruleId, Severity.BLOCKER, "setting", object, message, remedy);
    }

    static Finding warning(String ruleId, String object, String message, String remedy) {
        return new Finding(ruleId, Severity.WARNING, "setting", object, message, remedy);
    }

    static Finding info(String ruleId, String object, String message, String remedy) {
        return new Finding(ruleId, Severity.INFO, "setting", object, message, remedy);
    }
}

package ai.dflux.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The accounts a private MariaDB server gets: one for tests and services, one for change data capture. */
final class MariaDbAccounts {

    static final String USER = "dflux";
    static final String PASSWORD = "dflux";
    static final String CDC_USER = "dflux_cdc";
    static final String CDC_PASSWORD = "dflux_cdc";

    private MariaDbAccounts() {
    }

    /** Creates both accounts (for TCP logins from anywhere) unless they exist; {@code root} must be an admin. */
    static void create(Connection root) throws SQLException {
        List<String> statements = List.of(
                "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%' WITH GRANT OPTION",
                "CREATE USER IF NOT EXISTS '" + CDC_USER + "'@'%' IDENTIFIED BY '" + CDC_PASSWORD + "'",
                "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR, REPLICA MONITOR ON *.* TO '"
                        + CDC_USER + "'@'%'");
        try (Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MariaDbServerIT {

    private static MariaDbServer mariadb;

    @BeforeAll
    static void startServer() {
        mariadb = MariaDbServer.create().start();
        mariadb.createDatabase("shop");
    }

    @AfterAll
    static void stopServer() {
        mariadb.close();
    }

    @Test
    void writesAnInsertToTheBinlogAsRowEvent() throws SQLException {
        try (Connection connection = mariadb.dataSource("shop").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40))");
            statement.execute("INSERT INTO item VALUES (1, 'lamp')");

            String binlog = currentBinlogFile(statement);

            assertThat(eventTypes(statement, binlog)).anyMatch(type -> type.startsWith("Write_rows"));
        }
    }

    @Test
    void letsTheCdcUserReadTheBinlogPositionOverTcp() throws SQLException {
        try (Connection connection = mariadb.dataSource("shop", mariadb.cdcUser(), mariadb.cdcPassword()).getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(currentBinlogFile(statement)).isNotBlank();
            try (ResultSet grants = statement.executeQuery("SHOW GRANTS")) {
                assertThat(grants.next()).isTrue();
                assertThat(grants.getString(1)).contains("REPLICATION SLAVE", "BINLOG MONITOR");
            }
        }
    }

    @Test
    void keepsItsDataAcrossRestart() throws SQLException {
        try (Connection connection = mariadb.dataSource("shop").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        mariadb.restart();

        try (Connection connection = mariadb.dataSource("shop").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    private static String currentBinlogFile(Statement statement) throws SQLException {
        try (ResultSet status = statement.executeQuery("SHOW MASTER STATUS")) {
            assertThat(status.next()).as("binlog enabled").isTrue();
            return status.getString("File");
        }
    }

    private static List<String> eventTypes(Statement statement, String binlog) throws SQLException {
        List<String> types = new ArrayList<>();
        try (ResultSet events = statement.executeQuery("SHOW BINLOG EVENTS IN '" + binlog + "'")) {
            while (events.next()) {
                types.add(events.getString("Event_type"));
            }
        }
        return types;
    }
}

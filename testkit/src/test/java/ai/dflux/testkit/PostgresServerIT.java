package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerIT {

    private static PostgresServer postgres;

    @BeforeAll
    static void startServer() {
        postgres = PostgresServer.create().start();
        postgres.createDatabase("slots");
    }

    @AfterAll
    static void stopServer() {
        postgres.close();
    }

    @Test
    void acceptsLogicalReplicationSlot() throws SQLException {
        DataSource database = postgres.dataSource("slots");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_create_logical_replication_slot('t', 'pgoutput')");
            assertThat(slotNames(statement)).contains("t");

            statement.execute("SELECT pg_drop_replication_slot('t')");
            assertThat(slotNames(statement)).doesNotContain("t");
        }
    }

    @Test
    void keepsItsDataAcrossRestart() throws SQLException {
        postgres.createDatabase("restart");
        try (Connection connection = postgres.dataSource("restart").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int PRIMARY KEY)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        postgres.restart();

        try (Connection connection = postgres.dataSource("restart").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void createsADatabaseOnlyOnce() throws SQLException {
        postgres.createDatabase("twice");
        postgres.createDatabase("twice");

        try (Connection connection = postgres.dataSource("twice").getConnection()) {
            assertThat(connection.getCatalog()).isEqualTo("twice");
        }
    }

    private static List<String> slotNames(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT slot_name FROM pg_replication_slots")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

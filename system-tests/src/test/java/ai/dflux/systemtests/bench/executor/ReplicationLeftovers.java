package ai.dflux.systemtests.bench.executor;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Replication slots and publications on a PostgreSQL source. The no-replication baseline needs a source with none;
 * what a deleted migration left behind is reported, then removed so that it does not burden the next measurement.
 */
public final class ReplicationLeftovers {

    private ReplicationLeftovers() {
    }

    /**
     * Waits up to {@code grace} for every slot and publication of the database to go, then drops what is still there
     * (ending a slot's walsender first) and returns what had to be dropped, empty when nothing was left.
     */
    public static List<String> awaitGoneOrDrop(DataSource source, Duration grace)
            throws SQLException {
        try {
            await("slots and publications gone").atMost(grace).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500)).until(() -> list(source), List::isEmpty);
            return List.of();
        } catch (ConditionTimeoutException e) {
            List<String> left = list(source);
            drop(source);
            return left;
        }
    }

    /** {@code slot <name> (<plugin>, active)} and {@code publication <name>} of the database. */
    public static List<String> list(DataSource source) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet slots = statement.executeQuery("SELECT slot_name, plugin, active FROM pg_replication_slots"
                    + " WHERE database = current_database() OR database IS NULL")) {
                while (slots.next()) {
                    found.add("slot " + slots.getString(1) + " (" + slots.getString(2)
                            + (slots.getBoolean(3) ? ", active)" : ")"));
                }
            }
            try (ResultSet publications = statement.executeQuery("SELECT pubname FROM pg_publication")) {
                while (publications.next()) {
                    found.add("publication " + publications.getString(1));
                }
            }
        }
        return found;
    }

    private static void drop(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots"
                    + " WHERE database = current_database() AND active_pid IS NOT NULL");
            statement.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                    + " WHERE database = current_database() AND NOT active");
            List<String> publications = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT quote_ident(pubname) FROM pg_publication")) {
                while (names.next()) {
                    publications.add(names.getString(1));
                }
            }
            for (String publication : publications) {
                statement.execute("DROP PUBLICATION " + publication);
            }
        }
    }
}

package ai.dflux.systemtests.replication;

import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** What dflux creates on a PostgreSQL source for one migration: a replication slot and a publication. */
public final class PostgresSourceObjects {

    private PostgresSourceObjects() {
    }

    /** {@code dflux_} and the migration id's 32 hex digits, the name of both slot and publication. */
    public static String nameOf(String migrationId) {
        return "dflux_" + UUID.fromString(migrationId).toString().replace("-", "");
    }

    public static boolean slotExists(PostgresServer source, String database, String migrationId) {
        return count(source, database, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?",
                migrationId) > 0;
    }

    public static boolean publicationExists(PostgresServer source, String database, String migrationId) {
        return count(source, database, "SELECT count(*) FROM pg_publication WHERE pubname = ?", migrationId) > 0;
    }

    /** Neither the slot nor the publication of the migration is on the source. */
    public static boolean gone(PostgresServer source, String database, String migrationId) {
        return !slotExists(source, database, migrationId) && !publicationExists(source, database, migrationId);
    }

    private static long count(PostgresServer source, String database, String sql, String migrationId) {
        try (Connection connection = source.dataSource(database).getConnection()) {
            return Sql.count(connection, sql, nameOf(migrationId));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + " on " + source, e);
        }
    }
}

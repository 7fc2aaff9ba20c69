package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A table's row count and a digest of all its rows' text, so two tables compare in one value, duplicates included. */
record TableChecksum(long rows, String digest) {

    static TableChecksum of(DataSource database, String table) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, '|'"
                        + " ORDER BY t::text)), '') FROM " + table + " t")) {
            result.next();
            return new TableChecksum(result.getLong(1), result.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checksum " + table, e);
        }
    }
}

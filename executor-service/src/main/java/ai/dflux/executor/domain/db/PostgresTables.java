package ai.dflux.executor.domain.db;

import ai.dflux.contracts.conversion.TablePlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How the executor names a PostgreSQL source table in its queries. */
public final class PostgresTables {

    private PostgresTables() {
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The table's quoted, schema-qualified name (unqualified where the plan has no schema). */
    public static String name(TablePlan table) {
        return (table.sourceSchema() == null || table.sourceSchema().isEmpty() ? "" : quote(table.sourceSchema()) + ".")
                + quote(table.sourceTable());
    }

    /**
     * The {@code FROM} item for the rows the table holds itself. A query of a parent of classic inheritance also returns
     * its children's rows, but each child is a table of the migration of its own, copied and streamed under its own
     * name, so the parent is read {@code ONLY}. A partitioned table holds no rows but its partitions', which the stream
     * carries under the partitioned table's name, so it is read whole. A table that is not there keeps its plain name,
     * for the query to fail naming it.
     */
    public static String ownRows(Connection connection, TablePlan table) throws SQLException {
        String name = name(table);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return !rows.next() || rows.getBoolean(1) ? name : "ONLY " + name;
            }
        }
    }
}

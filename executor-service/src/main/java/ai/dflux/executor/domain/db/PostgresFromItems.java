package ai.dflux.executor.domain.db;

import ai.dflux.contracts.conversion.TablePlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each table's {@code FROM} item ({@link PostgresTables#ownRows}), asked of the catalog once for the life of one copy or
 * one stream, whose reads of a table all need the same item; safe for parallel readers.
 */
public final class PostgresFromItems {

    private final Map<String, String> byTable = new ConcurrentHashMap<>();

    public String ownRows(Connection connection, TablePlan table) throws SQLException {
        String name = PostgresTables.name(table);
        String item = byTable.get(name);
        if (item == null) {
            item = PostgresTables.ownRows(connection, table);
            byTable.put(name, item);
        }
        return item;
    }
}

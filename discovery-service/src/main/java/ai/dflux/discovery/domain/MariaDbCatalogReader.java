package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Reads a MySQL 8 or MariaDB 10.6+ database from {@code information_schema}: one query each for tables, columns, keys. */
public class MariaDbCatalogReader implements CatalogReader {

    private static final String TABLES = """
            select TABLE_NAME, coalesce(TABLE_ROWS, 0), coalesce(DATA_LENGTH, 0) + coalesce(INDEX_LENGTH, 0)
            from information_schema.TABLES
            where TABLE_SCHEMA = ? and TABLE_TYPE = 'BASE TABLE'
            order by TABLE_NAME""";

    private static final String COLUMNS = """
            select TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES', COLUMN_DEFAULT
            from information_schema.COLUMNS
            where TABLE_SCHEMA = ?
            order by TABLE_NAME, ORDINAL_POSITION""";

    private static final String KEYS = """
            select k.TABLE_NAME, k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
            from information_schema.KEY_COLUMN_USAGE k
              join information_schema.TABLE_CONSTRAINTS c
                on c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA and c.TABLE_NAME = k.TABLE_NAME
               and c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            where k.TABLE_SCHEMA = ? and c.CONSTRAINT_TYPE in ('PRIMARY KEY', 'FOREIGN KEY')
            order by k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private final String dialect;

    public MariaDbCatalogReader(String dialect) {
        this.dialect = dialect;
    }

    @Override
    public Catalog read(DataSource source, String database) throws SQLException {
        TableCollector collector = new TableCollector();
        String version;
        try (Connection connection = source.getConnection()) {
            connection.setReadOnly(true);
            version = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            try (ResultSet rs = query(connection, TABLES, database)) {
                while (rs.next()) {
                    collector.addTable(database, rs.getString(1), rs.getLong(2), rs.getLong(3));
                }
            }
            try (ResultSet rs = query(connection, COLUMNS, database)) {
                while (rs.next()) {
                    collector.addColumn(database, rs.getString(1), new ColumnInfo(rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getString(6)));
                }
            }
            try (ResultSet rs = query(connection, KEYS, database)) {
                while (rs.next()) {
                    if ("PRIMARY KEY".equals(rs.getString(3))) {
                        collector.addPrimaryKeyColumn(database, rs.getString(1), rs.getString(4));
                    } else {
                        collector.addForeignKeyColumn(database, rs.getString(1), rs.getString(2), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7));
                    }
                }
            }
        }
        return new Catalog(dialect, database, version, Instant.now(), collector.tables(), false, List.of());
    }

    private static ResultSet query(Connection connection, String sql, String database) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, database);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}

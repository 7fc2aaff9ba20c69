package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Reads a PostgreSQL 12+ source from its system catalogs: one query each for tables, columns and keys. */
public class PostgresCatalogReader implements CatalogReader {

    private static final String USER_SCHEMAS = "n.nspname not in ('pg_catalog', 'information_schema')"
            + " and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'";

    private static final String TABLES = """
            select n.nspname, c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and not c.relispartition and %s
            order by 1, 2""".formatted(USER_SCHEMAS);

    private static final String COLUMNS = """
            select n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                   not a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
            from pg_attribute a
              join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    private static final String KEYS = """
            select n.nspname, c.relname, k.conname, k.contype,
                   array(select a.attname from unnest(k.conkey) with ordinality u(attnum, ord)
                         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.ord),
                   fn.nspname, fc.relname,
                   array(select a.attname from unnest(k.confkey) with ordinality u(attnum, ord)
                         join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.ord)
            from pg_constraint k
              join pg_class c on c.oid = k.conrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_class fc on fc.oid = k.confrelid
              left join pg_namespace fn on fn.oid = fc.relnamespace
            where k.contype in ('p', 'f') and %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    @Override
    public Catalog read(DataSource source, String database) throws SQLException {
        TableCollector collector = new TableCollector();
        String version;
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            try (ResultSet rs = statement.executeQuery("show server_version")) {
                rs.next();
                version = "PostgreSQL " + rs.getString(1);
            }
            try (ResultSet rs = statement.executeQuery(TABLES)) {
                while (rs.next()) {
                    // reltuples is -1 for a table never analyzed (PostgreSQL 14+): no estimate yet, reported as 0.
                    collector.addTable(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
                }
            }
            try (ResultSet rs = statement.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    collector.addColumn(rs.getString(1), rs.getString(2), new ColumnInfo(rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), rs.getString(7)));
                }
            }
            try (ResultSet rs = statement.executeQuery(KEYS)) {
                while (rs.next()) {
                    addKey(collector, rs);
                }
            }
        }
        return new Catalog("postgresql", database, version, Instant.now(), collector.tables(), false, List.of());
    }

    private static void addKey(TableCollector collector, ResultSet rs) throws SQLException {
        String schema = rs.getString(1);
        String table = rs.getString(2);
        String[] columns = strings(rs.getArray(5));
        if ("p".equals(rs.getString(4))) {
            for (String column : columns) {
                collector.addPrimaryKeyColumn(schema, table, column);
            }
            return;
        }
        String[] referenced = strings(rs.getArray(8));
        for (int i = 0; i < columns.length; i++) {
            collector.addForeignKeyColumn(schema, table, rs.getString(3), columns[i], rs.getString(6),
                    rs.getString(7), referenced[i]);
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}

package ai.dflux.systemtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What a PostgreSQL database holds, read from its catalog independently of dflux's own readers: object counts per
 * kind, and each table's columns, types and keys, for comparing a converted schema with a hand-made port.
 */
public final class TargetSchema {

    private final DataSource database;
    private final List<String> schemas;

    public TargetSchema(DataSource database, List<String> schemas) {
        this.database = database;
        this.schemas = List.copyOf(schemas);
    }

    /** Runs a script (statements separated by semicolons) in one transaction. */
    public static void apply(DataSource database, String script) throws SQLException {
        if (script.isBlank()) {
            return;
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(script);
            c.commit();
        }
    }

    /** How many objects of each kind the schemas hold. */
    public Map<String, Integer> counts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tables", count("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind in ('r', 'p') and n.nspname = any(?)"));
        counts.put("views", count("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind in ('v', 'm') and n.nspname = any(?)"));
        for (var kind : Map.of("primaryKeys", "p", "foreignKeys", "f", "uniqueConstraints", "u", "checkConstraints",
                "c").entrySet()) {
            counts.put(kind.getKey(), count("select count(*) from pg_constraint k join pg_namespace n on n.oid ="
                    + " k.connamespace where k.contype = '" + kind.getValue() + "' and k.convalidated"
                    + " and n.nspname = any(?) and k.conrelid <> 0"));
        }
        counts.put("indexes", count("select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = any(?)"));
        counts.put("sequences", count("select count(*) from pg_class c join pg_namespace n on n.oid ="
                + " c.relnamespace where c.relkind = 'S' and n.nspname = any(?)"));
        counts.put("enumTypes", count("select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace"
                + " where t.typtype = 'e' and n.nspname = any(?)"));
        return counts;
    }

    /**
     * Each table's shape, by lower-case table name: {@code column -> type} in order, then {@code PK(cols)} and
     * {@code FK(cols)->table(cols)} entries.
     */
    public Map<String, Map<String, String>> tables() throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        query("""
                select c.relname, a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and n.nspname = any(?) and a.attnum > 0 and not a.attisdropped
                order by c.relname, a.attnum""", row -> tables.computeIfAbsent(row[0], t -> new LinkedHashMap<>())
                .put(row[1], row[2]));
        query("""
                select c.relname, k.contype, (select string_agg(a.attname, ',' order by u.ord) from
                  unnest(k.conkey) with ordinality u(attnum, ord) join pg_attribute a on a.attrelid = k.conrelid
                  and a.attnum = u.attnum), r.relname, (select string_agg(a.attname, ',' order by u.ord) from
                  unnest(k.confkey) with ordinality u(attnum, ord) join pg_attribute a on a.attrelid = k.confrelid
                  and a.attnum = u.attnum)
                from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid =
                c.relnamespace left join pg_class r on r.oid = k.confrelid
                where k.contype in ('p', 'f') and n.nspname = any(?) order by 1, 2, 3""", row -> tables
                .computeIfAbsent(row[0], t -> new LinkedHashMap<>())
                .put("p".equals(row[1]) ? "PK(" + row[2] + ")" : "FK(" + row[2] + ")->" + row[3] + "(" + row[4] + ")",
                        "key"));
        return tables;
    }

    /** The same shapes with underscores taken out of every name, to match a port that wrote CamelCase as snake_case. */
    public static Map<String, Map<String, String>> withoutUnderscores(Map<String, Map<String, String>> tables) {
        Map<String, Map<String, String>> renamed = new TreeMap<>();
        tables.forEach((table, items) -> {
            Map<String, String> columns = new LinkedHashMap<>();
            items.forEach((item, value) -> columns.put(item.replace("_", ""), value));
            renamed.put(table.replace("_", ""), columns);
        });
        return renamed;
    }

    private int count(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        query(sql, rows::add);
        return Integer.parseInt(rows.get(0)[0]);
    }

    private void query(String sql, java.util.function.Consumer<String[]> each) throws SQLException {
        try (Connection c = database.getConnection(); var statement = c.prepareStatement(sql)) {
            statement.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    each.accept(row);
                }
            }
        }
    }
}
